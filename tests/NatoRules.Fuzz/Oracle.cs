using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Hosting;
using NatoRules.Syntax;
using NatoRules.Testing;

namespace NatoRules.Fuzz;

/// <summary>A property that must hold of every input and did not.</summary>
public sealed class PropertyViolation(string message) : Exception(message);

/// <summary>
/// What must hold of every input, whatever it holds: no exception escapes parsing, compiling,
/// analysing, evaluating, explaining or the test runner; every tree gives back its text, its tokens
/// tile it and its spans nest; literal values and diagnostics' locations can always be read; the
/// boolean path agrees with the verdict; evaluating twice gives the same verdict; formatting keeps every token
/// and comment and is idempotent.
/// </summary>
public static class Oracle
{
    /// <summary>Steps an evaluation may take before it is stopped, as the CLI and the server stop it.</summary>
    public const long MaxSteps = 1_000_000;

    private static readonly RuleEngine Engine = new();

    /// <summary>Runs every check on <paramref name="input"/>; throws what escaped, or a <see cref="PropertyViolation"/>.</summary>
    public static void Check(FuzzInput input)
    {
        var sources = input.Rules.Select(f => RuleSource.FromText(f.Text, f.Path))
            .Concat(input.Json.Select(f => RuleSource.FromJsonFacts(f.Text, f.Path)));
        var ruleSet = Engine.TryCompile(sources);
        var compilation = ruleSet.Compilation;
        foreach (var tree in compilation.SyntaxTrees)
            CheckTree(tree);
        foreach (var document in compilation.FactsDocuments)
            foreach (var diagnostic in document.Diagnostics)
                CheckDiagnostic(diagnostic);
        foreach (var diagnostic in ruleSet.Diagnostics)
            CheckDiagnostic(diagnostic);
        foreach (var tree in compilation.SyntaxTrees)
            CheckSemanticModel(compilation, tree);
        if (ruleSet.HasErrors)
            return;
        foreach (var decision in compilation.Decisions)
            foreach (var candidate in decision.Candidates)
                foreach (var day in Dates(compilation))
                    CheckEvaluation(compilation, decision, candidate, day);
        try
        {
            var (results, coverage) = TestRunner.RunWithCoverage(compilation);
            foreach (var result in results)
                foreach (var failure in result.Failures)
                    _ = failure.VerdictText.Length + failure.Location.Span.Length;
            _ = coverage.ClausePercent;
        }
        catch (EvaluationLimitExceededException)
        {
            // the compilation's budget, spent by its tests: the documented stop
        }
    }

    /// <summary>
    /// What must hold of every syntax tree, whatever the input: it gives back its text; its tokens with their
    /// trivia tile the text, each piece where the text has it; children lie inside their parent, in order, and
    /// point back at it; literal values, locations and diagnostics can be read.
    /// </summary>
    public static void CheckTree(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        if (!string.Equals(tree.Root.ToFullString(), text, StringComparison.Ordinal))
            throw new PropertyViolation("the tree does not give back its text");
        if (tree.Root.FullSpan.Start != 0 || tree.Root.FullSpan.End != text.Length)
            throw new PropertyViolation($"the root spans {tree.Root.FullSpan.Start}..{tree.Root.FullSpan.End} of a text of {text.Length}");
        var position = 0;
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
                position = Piece(text, trivia.Kind.ToString(), trivia.Position, trivia.Text, position);
            position = Piece(text, token.Kind.ToString(), token.Position, token.Text, position);
            foreach (var trivia in token.TrailingTrivia)
                position = Piece(text, trivia.Kind.ToString(), trivia.Position, trivia.Text, position);
            if (token.IsMissing && token.Text.Length > 0)
                throw new PropertyViolation($"missing token {token.Kind} has the text '{token.Text}'");
            _ = token.Value;
            _ = token.GetLocation().ToString();
        }
        if (position != text.Length)
            throw new PropertyViolation($"the tokens cover {position} of {text.Length} characters");
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var previousEnd = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (!ReferenceEquals(child.Parent, node))
                    throw new PropertyViolation($"{child.Kind} does not point at its parent {node.Kind}");
                if (!node.FullSpan.Contains(child.FullSpan))
                    throw new PropertyViolation($"{child.Kind} lies outside its parent {node.Kind}");
                if (child.FullSpan.Start != previousEnd)
                    throw new PropertyViolation($"{child.Kind} in {node.Kind} starts at {child.FullSpan.Start}, not {previousEnd}");
                previousEnd = child.FullSpan.End;
            }
            if (previousEnd != node.FullSpan.End)
                throw new PropertyViolation($"the children of {node.Kind} end at {previousEnd}, not {node.FullSpan.End}");
            if (!node.FullSpan.Contains(node.Span))
                throw new PropertyViolation($"the span of {node.Kind} lies outside its full span");
        }
        foreach (var diagnostic in tree.Diagnostics)
            CheckDiagnostic(diagnostic);
        CheckFormatting(tree);
    }

    // The formatter checks that its output has the same tokens and comments (else Unsafe); formatted again, nothing changes.
    private static void CheckFormatting(SyntaxTree tree)
    {
        var result = Formatting.RuleFormatter.Format(tree);
        if (result.Status == Formatting.FormattingStatus.Unsafe)
            throw new PropertyViolation("formatting would change the tokens or comments");
        if (result.Status == Formatting.FormattingStatus.SyntaxErrors != tree.Diagnostics.Any(d => d.IsError))
            throw new PropertyViolation("formatting refused a file without syntax errors, or formatted one with");
        if (result.Changed && Formatting.RuleFormatter.Format(SyntaxTree.Parse(result.Text, tree.Path)) is { Changed: true })
            throw new PropertyViolation("formatting the formatted text changes it again");
    }

    // A token or trivia starts where the one before it ended, and the text has it there.
    private static int Piece(string text, string kind, int start, string piece, int expected)
    {
        if (start != expected)
            throw new PropertyViolation($"{kind} at {start} should start at {expected}");
        if (start + piece.Length > text.Length || string.CompareOrdinal(text, start, piece, 0, piece.Length) != 0)
            throw new PropertyViolation($"{kind} at {start} is not the text there");
        return start + piece.Length;
    }

    private static void CheckDiagnostic(Diagnostics.Diagnostic diagnostic)
    {
        var length = diagnostic.Location.Source.Text.Length;
        var span = diagnostic.Location.Span;
        if (span.Start < 0 || span.End > length || span.Length < 0)
            throw new PropertyViolation($"{diagnostic.Id} points at {span.Start}..{span.End} in a text of {length}");
        if (string.IsNullOrWhiteSpace(diagnostic.Message))
            throw new PropertyViolation($"{diagnostic.Id} has no message");
        _ = diagnostic.ToString();
        foreach (var more in diagnostic.AdditionalLocations)
            if (more.Span.End > more.Source.Text.Length)
                throw new PropertyViolation($"{diagnostic.Id} has an additional location outside its text");
    }

    // Every name, as an editor would ask while the user hovers over the file, and each symbol's references once.
    private static void CheckSemanticModel(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var symbols = new HashSet<Binding.Symbol>();
        foreach (var token in tree.Tokens)
            if (token.Kind == SyntaxKind.IdentifierToken && model.GetSymbolAt(token.Position) is { } symbol && symbols.Add(symbol))
                _ = compilation.FindReferences(symbol).Count;
    }

    private static void CheckEvaluation(Compilation compilation, Binding.DecisionSymbol decision, Binding.CandidateSymbol candidate, DateOnly day)
    {
        Verdict verdict;
        try
        {
            verdict = compilation.Evaluate(decision, candidate, day, MaxSteps);
        }
        catch (EvaluationLimitExceededException)
        {
            return; // the documented stop: the CLI reports it in one line, the server with a 422
        }
        var text = verdict.Explanation.ToString() + verdict;
        if (compilation.IsApproved(decision, candidate, day) != (verdict.Outcome == Outcome.Approved))
            throw new PropertyViolation($"the boolean path and the verdict disagree on {decision.Name} for {candidate.Name} as of {day:yyyy-MM-dd}");
        var again = compilation.Evaluate(decision, candidate, day, MaxSteps);
        if (again.Outcome != verdict.Outcome || !string.Equals(again.Explanation.ToString() + again, text, StringComparison.Ordinal))
            throw new PropertyViolation($"evaluating {decision.Name} for {candidate.Name} as of {day:yyyy-MM-dd} twice gave different verdicts");
        _ = verdict.Unblock.Count();
    }

    // The edges of the calendar, and each day a fact changes and the day before it: at most 24.
    private static IEnumerable<DateOnly> Dates(Compilation compilation)
    {
        var days = new SortedSet<DateOnly> { DateOnly.MinValue, DateOnly.MaxValue };
        foreach (var position in compilation.Positions)
        {
            days.Add(position.Date);
            if (position.Date > DateOnly.MinValue)
                days.Add(position.Date.AddDays(-1));
        }
        foreach (var test in compilation.Tests)
            days.Add(test.AsOf);
        if (days.Count <= 24)
            return days;
        var all = days.ToArray();
        return Enumerable.Range(0, 24).Select(i => all[(int)((long)i * (all.Length - 1) / 23)]).Distinct();
    }
}
