using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using NatoRules.Diagnostics;
using NatoRules.Text;
using Superpower;
using Superpower.Model;
using TextSpan = NatoRules.Text.TextSpan;

namespace NatoRules.Syntax.Lexing;

/// <summary>
/// Turns text into tokens with trivia. The Superpower tokenizer (<see cref="NatoTokenizer"/>) splits the
/// text into raw pieces: tokens, comments and bad characters (spaces and line breaks it skips, as Superpower
/// tokenizers do; they are what lies between the pieces). This class then classifies keywords, checks
/// literals and gives each token the extent of its trivia by Roslyn's rule: trailing trivia runs to the
/// end of the line, the rest leads the next token. A token is an offset and a length until the parser
/// takes it (<see cref="LexedToken"/>); then it becomes a green token that owns its trivia, the common
/// pieces (a space, a line break) shared.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;

    private readonly int _start;
    private readonly int _end;

    public Lexer(SourceText source, DiagnosticBag diagnostics)
        : this(source, diagnostics, 0, source.Length)
    {
    }

    /// <summary>Lexes the text from <paramref name="start"/>, which must be where a token's trivia starts, to <paramref name="end"/>.</summary>
    public Lexer(SourceText source, DiagnosticBag diagnostics, int start, int end)
    {
        _source = source;
        _diagnostics = diagnostics;
        _start = start;
        _end = end;
        // A whole file shares many texts; one statement read again has a handful. A whole file's table
        // grows to hundreds of kilobytes and lives only while the file is lexed: it is rented, and given
        // back at the end of the file, so that parsing file after file does not fill the large object
        // heap (whose budget, once spent, sets off a full collection).
        // One statement parsed again (a compact statement expanded) has no text twice but its keywords,
        // which come from the keyword table: it keeps no table of its own.
        _pooled = end - start > 4096;
        _table = _pooled ? ArrayPool<SharedText?>.Shared.Rent(1024) : end - start > 256 ? new SharedText?[16] : null;
    }

    private IEnumerator<Result<SyntaxKind>>? _pieces;
    private Piece _piece;
    private int _triviaStart; // where the next token's leading trivia starts

    /// <summary>
    /// The next significant token with its trivia, the end-of-file token last (asked again, it makes
    /// another). Tokens are made as the parser asks for them, so each lands in memory beside its nodes.
    /// </summary>
    public LexedToken Next()
    {
        var text = _source.Text;
        if (_pieces is null)
        {
            _pieces = NatoTokenizer.Instance.Pieces(text, _start, _end).GetEnumerator();
            _piece = NextPiece();
            _triviaStart = _start;
        }

        // Leading trivia (comments and bad characters, and the spaces between), the token, then trailing
        // trivia up to and including the first line break in the spaces after it.
        var piece = _piece;
        var fullStart = _triviaStart;
        while (piece.Length > 0 && SyntaxFacts.IsTrivia(piece.Kind))
        {
            CheckTrivia(piece);
            piece = NextPiece();
        }
        if (piece.Length == 0)
        {
            _piece = piece;
            _triviaStart = _end;
            GiveBackTable();
            return new LexedToken(SyntaxKind.EndOfFileToken, fullStart, _end, "", _end);
        }

        var token = piece;
        var at = token.Start + token.Length;
        piece = NextPiece();
        while (true)
        {
            var spaces = text.AsSpan(at, piece.Start - at);
            var lineBreak = spaces.IndexOfAny('\r', '\n');
            if (lineBreak >= 0)
            {
                at += lineBreak + LineBreaks.LengthAt(spaces, lineBreak);
                break;
            }
            at = piece.Start;
            if (piece.Length == 0 || !SyntaxFacts.IsTrivia(piece.Kind))
                break;
            CheckTrivia(piece);
            at = piece.Start + piece.Length;
            piece = NextPiece();
        }
        _piece = piece;
        _triviaStart = at;
        return MakeToken(token.Kind, fullStart, token.Start, token.Length, at);
    }

    private readonly record struct Piece(SyntaxKind Kind, int Start, int Length);

    // The pieces come from the Superpower tokenizer; at the end of the text a piece of length 0 stands for the end.
    private Piece NextPiece()
    {
        if (!_pieces!.MoveNext())
            return new Piece(SyntaxKind.EndOfFileToken, _end, 0);
        var current = _pieces.Current;
        return new Piece(current.Value, current.Location.Position.Absolute, current.Location.Length);
    }

    private void CheckTrivia(Piece piece)
    {
        if (piece.Kind == SyntaxKind.BadCharactersTrivia)
            _diagnostics.Add(DiagnosticDescriptors.UnexpectedCharacter, _source, new TextSpan(piece.Start, piece.Length),
                Printable(_source.Text.Substring(piece.Start, piece.Length)));
        else if (piece.Kind == SyntaxKind.MultiLineCommentTrivia
                 && (piece.Length < 4 || _source.Text[piece.Start + piece.Length - 1] != '/' || _source.Text[piece.Start + piece.Length - 2] != '*'))
            _diagnostics.Add(DiagnosticDescriptors.UnterminatedComment, _source, new TextSpan(piece.Start, 2));
    }

    /// <summary>The green trivia between <paramref name="start"/> and <paramref name="end"/>; the common single pieces shared.</summary>
    internal static InternalSyntax.SyntaxTrivia[]? GreenTrivia(string text, int start, int end)
    {
        if (start == end)
            return null;
        if (InternalSyntax.SyntaxTrivia.CommonPiece(text, start, end) is { } common)
            return common;
        var trivia = new List<InternalSyntax.SyntaxTrivia>(2);
        for (var i = start; i < end;)
        {
            var (kind, length) = NatoTokenizer.Scan(text, i, end);
            trivia.Add(InternalSyntax.SyntaxTrivia.Create(kind, text.Substring(i, length)));
            i += length;
        }
        return [.. trivia];
    }

    /// <summary>
    /// Whether a line break stands before the token at <paramref name="position"/> whose leading trivia starts
    /// at <paramref name="fullStart"/>: at the end of the previous token's trailing trivia, or in its own.
    /// </summary>
    internal static bool StartsLine(string text, int fullStart, int position) =>
        (fullStart > 0 && text[fullStart - 1] is '\n' or '\r') || HasEndOfLine(text, fullStart, position);

    /// <summary>Whether the trivia between <paramref name="start"/> and <paramref name="end"/> holds a line break.</summary>
    internal static bool HasEndOfLine(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var (kind, length) = NatoTokenizer.Scan(text, i, end);
            if (kind == SyntaxKind.EndOfLineTrivia)
                return true;
            i += length;
        }
        return false;
    }

    private LexedToken MakeToken(SyntaxKind kind, int fullStart, int start, int length, int fullEnd)
    {
        if (kind is SyntaxKind.SemicolonToken or SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.OpenBraceToken
            or SyntaxKind.CloseBraceToken or SyntaxKind.OpenParenToken or SyntaxKind.CloseParenToken or SyntaxKind.EqualsToken)
            return new LexedToken(kind, fullStart, start, SyntaxFacts.GetText(kind)!, fullEnd); // punctuation: one text each
        var shared = Shared(start, length);
        var text = shared.Text;
        if (kind == SyntaxKind.IdentifierToken)
        {
            kind = shared.Keyword;
            if (length > MaxIdentifierLength)
                _diagnostics.Add(DiagnosticDescriptors.IdentifierTooLong, _source, new TextSpan(start, length), length, MaxIdentifierLength);
        }
        else if (kind == SyntaxKind.StringToken)
            CheckString(text, start); // a bad string reports its error at each occurrence
        else if (!shared.Checked)
            shared.Checked = Check(kind, text, start, length);
        return new LexedToken(kind, fullStart, start, text, fullEnd);
    }

    /// <summary>Reports a malformed number or date; true when the literal is well formed.</summary>
    private bool Check(SyntaxKind kind, string text, int start, int length)
    {
        switch (kind)
        {
            case SyntaxKind.IntegerToken or SyntaxKind.PercentToken or SyntaxKind.FractionToken when DecodeValue(kind, text) is null:
                _diagnostics.Add(DiagnosticDescriptors.NumberTooLarge, _source, new TextSpan(start, length), text);
                return false;
            case SyntaxKind.DateToken when text.Length != 10 || text[4] != '-' || text[7] != '-':
                // A well-shaped date that is not a real day (2024-02-30) is the binder's to report, with the reason.
                _diagnostics.Add(DiagnosticDescriptors.MalformedDate, _source, new TextSpan(start, length), text);
                return false;
            default:
                return true;
        }
    }

    /// <summary>The longest identifier, in characters; a longer one gets NR1018 (it is still one token).</summary>
    internal const int MaxIdentifierLength = 256;

    /// <summary>The value of a literal token (see <see cref="SyntaxToken.Value"/>), or null.</summary>
    internal static object? DecodeValue(SyntaxKind kind, string text)
    {
        // A missing literal, which the parser made when one was expected, has no text and no value.
        if (text.Length == 0)
            return null;
        switch (kind)
        {
            case SyntaxKind.StringToken:
                return Unescape(text, report: null);
            case SyntaxKind.IntegerToken:
                return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer) ? integer : null;
            case SyntaxKind.PercentToken:
                return decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
                    ? percent
                    : null;
            case SyntaxKind.FractionToken:
                var slash = text.IndexOf('/');
                return slash > 0
                       && long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                       && long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                    ? (numerator, denominator)
                    : null;
            case SyntaxKind.DateToken:
                return Dates.TryParseIso(text, out var date) ? date : null;
            default:
                return null;
        }
    }

    /// <summary>A text seen before, with its keyword kind and whether it was found a well-formed literal.</summary>
    private sealed class SharedText(string text, int hash = 0)
    {
        public string Text { get; } = text;
        public int Hash { get; } = hash;
        public SyntaxKind Keyword { get; } = SyntaxFacts.GetKeywordKind(text);
        public bool Checked { get; set; }
    }

    // Most token texts repeat (keywords, punctuation, member codes, dates), so short texts are shared
    // with their keyword kind, and each distinct literal is checked once. An open-addressing table keyed
    // by the characters themselves: looking a text up allocates nothing.
    private SharedText?[]? _table;

    // The shared text of each keyword, looked up by span, for lexers without a table; a keyword's text is
    // never checked (only literals are), so one is shared by every lexer on every thread.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, SharedText>.AlternateLookup<ReadOnlySpan<char>> KeywordsBySpan =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(SyntaxFacts.KeywordTexts, k => k, k => new SharedText(k), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    private int _count;
    private bool _pooled;

    private void GiveBackTable()
    {
        if (!_pooled)
            return;
        ArrayPool<SharedText?>.Shared.Return(_table!, clearArray: true);
        _table = new SharedText?[16];
        _count = 0;
        _pooled = false;
    }

    private SharedText Shared(int start, int length)
    {
        if (_table is null)
            return KeywordsBySpan.TryGetValue(_source.Text.AsSpan(start, length), out var keyword)
                ? keyword
                : new SharedText(_source.Text.Substring(start, length));
        if (length > 16)
            return new SharedText(_source.Text.Substring(start, length));
        var span = _source.Text.AsSpan(start, length);
        var hash = Hash(span);
        var mask = _table.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = _table[i];
            if (entry is null)
            {
                entry = _table[i] = new SharedText(span.ToString(), hash);
                if (++_count * 2 > _table.Length)
                    Grow();
                return entry;
            }
            if (entry.Hash == hash && span.SequenceEqual(entry.Text))
                return entry;
        }
    }

    private void Grow()
    {
        var old = _table!;
        var table = _pooled ? ArrayPool<SharedText?>.Shared.Rent(old.Length * 2) : new SharedText?[old.Length * 2];
        var mask = table.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null)
                continue;
            var i = entry.Hash & mask;
            while (table[i] is not null)
                i = (i + 1) & mask;
            table[i] = entry;
        }
        if (_pooled)
            ArrayPool<SharedText?>.Shared.Return(old, clearArray: true);
        _table = table;
    }

    // Texts are short (keywords, codes, dates): hashed four characters at a time, then the rest one by one.
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = (ulong)text.Length * 0x9E3779B97F4A7C15;
        var words = MemoryMarshal.Cast<char, ulong>(text);
        foreach (var word in words)
            hash = BitOperations.RotateLeft((hash ^ word) * 0xC2B2AE3D27D4EB4F, 31);
        for (var i = words.Length * 4; i < text.Length; i++)
            hash = (hash ^ text[i]) * 0x100000001B3;
        hash ^= hash >> 29;
        return (int)(hash & 0x7FFFFFFF);
    }

    private void CheckString(string text, int start)
    {
        if (!IsTerminated(text))
            _diagnostics.Add(DiagnosticDescriptors.UnterminatedString, _source, new TextSpan(start, text.Length));
        if (text.Contains('\\'))
            CheckEscapes(text, start);
    }

    // Its own method, so a string without escapes costs no closure and no decoded copy.
    private void CheckEscapes(string text, int start) => Unescape(text, (offset, escape) =>
        _diagnostics.Add(DiagnosticDescriptors.InvalidEscape, _source, new TextSpan(start + offset, 2), escape));

    private static bool IsTerminated(string text) => text.Length >= 2 && text[^1] == '"' && !EndsInEscape(text);

    /// <summary>The contents of a string literal with its escapes decoded; <paramref name="report"/> hears of each invalid escape.</summary>
    private static string Unescape(string text, Action<int, string>? report)
    {
        var body = IsTerminated(text) ? text.AsSpan(1, text.Length - 2) : text.AsSpan(1);
        if (!body.Contains('\\'))
            return body.ToString();
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }
            var next = body[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when i + 4 < body.Length && ushort.TryParse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    report?.Invoke(1 + i - 1, "\\" + next);
                    builder.Append(next);
                    break;
            }
        }
        return builder.ToString();
    }

    // `"abc\"` ends in an escaped quote, so it is not terminated.
    private static bool EndsInEscape(string text)
    {
        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--)
            backslashes++;
        return backslashes % 2 == 1;
    }

    private static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value == 0xFFFD)
                builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else
                builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}

/// <summary>
/// A token as the lexer made it, before any node holds it: a value, so the parser can read a statement's
/// tokens without making an object of each (see <see cref="Parsing.TokenStream"/>).
/// </summary>
internal readonly record struct LexedToken(SyntaxKind Kind, int FullStart, int Position, string Text, int FullEnd)
{
    /// <summary>The green token, its trivia read from <paramref name="text"/>.</summary>
    public InternalSyntax.SyntaxToken ToGreen(string text) => InternalSyntax.SyntaxToken.Create(Kind, Text,
        Lexer.GreenTrivia(text, FullStart, Position), Lexer.GreenTrivia(text, Position + Text.Length, FullEnd));
}
