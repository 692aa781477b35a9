using System.Text;
using NatoRules.Syntax;

namespace NatoRules.Formatting;

/// <summary>What <see cref="RuleFormatter.Format"/> did with a file.</summary>
public enum FormattingStatus
{
    /// <summary>The text is in the canonical layout (it may be the text it was given).</summary>
    Formatted,

    /// <summary>The file has syntax errors and was left as it is: the tree's diagnostics say where.</summary>
    SyntaxErrors,

    /// <summary>
    /// The layout would have changed the file's tokens or comments (a bug of the formatter, which it checks
    /// every time), so the file was left as it is.
    /// </summary>
    Unsafe,
}

/// <summary>The text of a formatted file, and whether it could be formatted.</summary>
/// <param name="Text">The file in the canonical layout; the original text unless <paramref name="Status"/> is <see cref="FormattingStatus.Formatted"/>.</param>
/// <param name="Status">Whether the file was formatted, and if not why.</param>
/// <param name="Changed">Whether <paramref name="Text"/> differs from the original text.</param>
public sealed record FormattingResult(string Text, FormattingStatus Status, bool Changed);

/// <summary>
/// Lays out rule files in the one canonical layout (docs/language.md, "Layout"): two spaces of indentation a
/// block, one statement and one declaration a line, a continuation line the author broke kept and indented
/// once more, one space between tokens except before <c>; , : )</c> and after <c>(</c>, a block's <c>{</c>
/// on the line of its declaration. Comments stay where they were relative to the code, and so does one blank
/// line wherever the author left one or more; strings, numbers and dates keep their text. The file's line
/// breaks keep their style and a byte-order mark stays. A file with syntax errors is left as it is.
/// </summary>
public static class RuleFormatter
{
    /// <summary>Formats the file of <paramref name="tree"/>.</summary>
    public static FormattingResult Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var original = tree.Text.Text;
        if (tree.Diagnostics.Any(d => d.IsError))
            return new FormattingResult(original, FormattingStatus.SyntaxErrors, Changed: false);
        var text = new Layout(NewLineOf(original)).Write(tree);
        if (text.Length == 0 && original.StartsWith('\uFEFF'))
            text = "\uFEFF";
        else if (original.StartsWith('\uFEFF'))
            text = "\uFEFF" + text;
        if (string.Equals(text, original, StringComparison.Ordinal))
            return new FormattingResult(original, FormattingStatus.Formatted, Changed: false);
        return SameCode(tree, SyntaxTree.Parse(text, tree.Path))
            ? new FormattingResult(text, FormattingStatus.Formatted, Changed: true)
            : new FormattingResult(original, FormattingStatus.Unsafe, Changed: false);
    }

    // The line break the file uses first; a file without one gets "\n".
    private static string NewLineOf(string text)
    {
        var i = text.AsSpan().IndexOfAny('\r', '\n');
        if (i < 0 || text[i] == '\n')
            return "\n";
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }

    // The same tokens (kinds and texts) and the same comments, in the same order, and no error.
    private static bool SameCode(SyntaxTree before, SyntaxTree after)
    {
        if (after.Diagnostics.Any(d => d.IsError))
            return false;
        using var a = Code(before).GetEnumerator();
        using var b = Code(after).GetEnumerator();
        while (true)
        {
            var more = a.MoveNext();
            if (more != b.MoveNext())
                return false;
            if (!more)
                return true;
            if (a.Current != b.Current)
                return false;
        }
    }

    private static IEnumerable<(SyntaxKind Kind, string Text)> Code(SyntaxTree tree)
    {
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
                if (IsComment(trivia.Kind))
                    yield return (trivia.Kind, trivia.Text);
            yield return (token.Kind, token.Text);
            foreach (var trivia in token.TrailingTrivia)
                if (IsComment(trivia.Kind))
                    yield return (trivia.Kind, trivia.Text);
        }
    }

    private static bool IsComment(SyntaxKind kind) => kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    /// <summary>Writes the tokens and comments of a tree, deciding the space before each one.</summary>
    private sealed class Layout(string newLine)
    {
        private const string IndentUnit = "  ";

        private readonly StringBuilder _out = new();
        private int _depth;
        private bool _atLineStart = true;
        private bool _lastWasOpenBrace;
        private SyntaxKind _last = SyntaxKind.None; // the last token written, or a comment's kind

        public string Write(SyntaxTree tree)
        {
            SyntaxToken? previous = null;
            foreach (var token in tree.Tokens)
            {
                Token(previous, token);
                previous = token;
            }
            if (_out.Length > 0 && !_atLineStart)
                _out.Append(newLine);
            return _out.ToString();
        }

        private void Token(SyntaxToken? previous, SyntaxToken token)
        {
            var kind = token.Kind;
            var structural = previous is null || previous.Kind is SyntaxKind.SemicolonToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken
                             || kind is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken;
            var level = kind == SyntaxKind.CloseBraceToken ? _depth - 1 : structural ? _depth : _depth + 1;
            var commentLevel = kind is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken ? _depth : level;

            // The comments between the previous token and this one, and the line breaks around them.
            var breaks = 0;
            var mustBreak = false;
            var comments = false;
            foreach (var trivia in Gap(previous, token))
            {
                switch (trivia.Kind)
                {
                    case SyntaxKind.EndOfLineTrivia:
                        breaks++;
                        break;
                    case SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia:
                        if (breaks == 0 && !_atLineStart)
                            _out.Append(' ');
                        else
                            StartLine(commentLevel, blank: breaks >= 2);
                        _out.Append(trivia.Text);
                        _atLineStart = false;
                        _lastWasOpenBrace = false;
                        _last = trivia.Kind;
                        mustBreak = trivia.Kind == SyntaxKind.SingleLineCommentTrivia;
                        breaks = 0;
                        comments = true;
                        break;
                }
            }
            if (kind == SyntaxKind.EndOfFileToken)
                return;

            bool startsLine;
            if (previous is null || mustBreak)
                startsLine = true;
            else if (kind == SyntaxKind.CloseBraceToken && previous.Kind == SyntaxKind.OpenBraceToken && !comments)
                startsLine = false; // an empty block: { }
            else if (structural)
                startsLine = true;
            else if (kind is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.ColonToken
                     or SyntaxKind.CloseParenToken or SyntaxKind.OpenBraceToken)
                startsLine = false;
            else
                startsLine = breaks > 0;

            if (startsLine)
                StartLine(level, blank: breaks >= 2 && kind != SyntaxKind.CloseBraceToken);
            else if (!_atLineStart && NeedsSpace(_last, kind))
                _out.Append(' ');
            _out.Append(token.Text);
            _atLineStart = false;
            _lastWasOpenBrace = kind == SyntaxKind.OpenBraceToken;
            _last = kind;
            if (kind == SyntaxKind.OpenBraceToken)
                _depth++;
            else if (kind == SyntaxKind.CloseBraceToken)
                _depth = Math.Max(0, _depth - 1);
        }

        // Ends the line written so far (leaving one blank line when asked and allowed) and indents the next.
        private void StartLine(int level, bool blank)
        {
            if (_out.Length > 0)
            {
                if (!_atLineStart)
                    _out.Append(newLine);
                if (blank && !_lastWasOpenBrace)
                    _out.Append(newLine);
            }
            for (var i = 0; i < level; i++)
                _out.Append(IndentUnit);
            _atLineStart = true;
            _lastWasOpenBrace = false;
        }

        // One space between tokens, but none after `(`, before `; , : )`, or between `all`/`any` and their `(`.
        private static bool NeedsSpace(SyntaxKind last, SyntaxKind next) =>
            last != SyntaxKind.OpenParenToken
            && next is not (SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.ColonToken or SyntaxKind.CloseParenToken)
            && !(next == SyntaxKind.OpenParenToken && last is SyntaxKind.AllKeyword or SyntaxKind.AnyKeyword);

        // The trailing trivia of the previous token, then the leading trivia of this one.
        private static IEnumerable<SyntaxTrivia> Gap(SyntaxToken? previous, SyntaxToken token)
        {
            if (previous is not null)
                foreach (var trivia in previous.TrailingTrivia)
                    yield return trivia;
            foreach (var trivia in token.LeadingTrivia)
                yield return trivia;
        }
    }
}
