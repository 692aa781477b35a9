// Starts `natorules lsp` for .rules files: the language server gives diagnostics, hover, navigation,
// rename, completion, formatting, semantic tokens and code lenses (docs/editor.md).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("natorules").get("server.path", "natorules");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient("natorules", "NatoRules", server, {
    documentSelector: [{ scheme: "file", language: "natorules" }],
  });
  context.subscriptions.push(
    vscode.commands.registerCommand("natorules.runTest", (name) =>
      client.sendRequest("workspace/executeCommand", { command: "natorules.runTest", arguments: [name] })));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
