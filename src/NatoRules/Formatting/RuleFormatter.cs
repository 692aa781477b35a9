using System.Text;
using NatoRules.Diagnostics;
using NatoRules.Syntax;
using NatoRules.Syntax.Lexing;
using NatoRules.Text;

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
/// <remarks>
/// The layout is decided by the kinds of the tokens alone, so it reads the tokens as the lexer makes them for
/// the parser, not the tree's nodes: a large facts block keeps its statements compact (see
/// <see cref="SyntaxTree"/>), and formatting it builds none of their nodes.
/// </remarks>
public static class RuleFormatter
{
    /// <summary>Formats the file of <paramref name="tree"/>.</summary>
    public static FormattingResult Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var original = tree.Text.Text;
        if (tree.Diagnostics.Any(d => d.IsError))
            return new FormattingResult(original, FormattingStatus.SyntaxErrors, Changed: false);
        var text = new Layout(NewLineOf(original)).Write(tree.Text);
        if (text.Length == 0 && original.StartsWith('\uFEFF'))
            text = "\uFEFF";
        else if (original.StartsWith('\uFEFF'))
            text = "\uFEFF" + text;
        if (string.Equals(text, original, StringComparison.Ordinal))
            return new FormattingResult(original, FormattingStatus.Formatted, Changed: false);
        // The same tokens in the same order parse as the original did, without error: the parser reads tokens, not
        // the space between them. What the lexer says of trivia cannot differ either: comments are copied, and
        // the rest is spaces and line breaks. So the tokens and comments are compared; the text is not parsed again.
        return SameCode(tree.Text, SourceText.From(text, tree.Path))
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

    // The same tokens (kinds and texts) and the same comments, in the same order.
    private static bool SameCode(SourceText before, SourceText after) => Code(before).SequenceEqual(Code(after));

    private static IEnumerable<(SyntaxKind Kind, string Text)> Code(SourceText source)
    {
        foreach (var (token, gap) in Tokens(source))
        {
            foreach (var piece in gap)
                if (SyntaxFacts.IsComment(piece.Kind))
                    yield return (piece.Kind, source.Text.Substring(piece.Start, piece.Length));
            if (token.Kind != SyntaxKind.EndOfFileToken)
                yield return (token.Kind, token.Text);
        }
    }

    /// <summary>A piece of trivia: its kind and where it lies in the text.</summary>
    private readonly record struct Piece(SyntaxKind Kind, int Start, int Length);

    // Each token as the lexer makes it for the parser (the end-of-file token last), with the trivia between
    // it and the token before it: that token's trailing trivia, then its own leading trivia.
    private static IEnumerable<(LexedToken Token, List<Piece> Gap)> Tokens(SourceText source)
    {
        var text = source.Text;
        var lexer = new Lexer(source, new DiagnosticBag());
        var gap = new List<Piece>();
        var end = 0;
        while (true)
        {
            var token = lexer.Next();
            gap.Clear();
            for (var i = end; i < token.Position;)
            {
                var (kind, length) = NatoTokenizer.Scan(text, i, token.Position);
                gap.Add(new Piece(kind, i, length));
                i += length;
            }
            yield return (token, gap);
            if (token.Kind == SyntaxKind.EndOfFileToken)
                yield break;
            end = token.Position + token.Text.Length;
        }
    }

    /// <summary>Writes the tokens and comments of a file, deciding the space before each one.</summary>
    private sealed class Layout(string newLine)
    {
        private const string IndentUnit = "  ";

        private readonly StringBuilder _out = new();
        private int _depth;
        private bool _atLineStart = true;
        private bool _lastWasOpenBrace;
        private SyntaxKind _last = SyntaxKind.None; // the last token written, or a comment's kind

        public string Write(SourceText source)
        {
            _text = source.Text;
            SyntaxKind? previous = null;
            foreach (var (token, gap) in Tokens(source))
            {
                Token(previous, token, gap);
                previous = token.Kind;
            }
            if (_out.Length > 0 && !_atLineStart)
                _out.Append(newLine);
            return _out.ToString();
        }

        private string _text = "";

        private void Token(SyntaxKind? previous, LexedToken token, List<Piece> gap)
        {
            var kind = token.Kind;
            var structural = previous is null or SyntaxKind.SemicolonToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken
                             || kind is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken;
            var level = kind == SyntaxKind.CloseBraceToken ? _depth - 1 : structural ? _depth : _depth + 1;
            var commentLevel = kind is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken ? _depth : level;

            // The comments between the previous token and this one, and the line breaks around them.
            var breaks = 0;
            var mustBreak = false;
            var comments = false;
            foreach (var trivia in gap)
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
                        _out.Append(_text, trivia.Start, trivia.Length);
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
            else if (kind == SyntaxKind.CloseBraceToken && previous == SyntaxKind.OpenBraceToken && !comments)
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
    }
}
