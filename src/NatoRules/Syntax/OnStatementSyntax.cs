using System.Text;
using NatoRules.Syntax.Parsing;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary><c>on 2024-03-01: HUN objects Rutte;</c>: a dated @event.</summary>
/// <remarks>
/// Most statements of a large facts block are one member's position, written without error. The parser
/// keeps such a statement compact: its span and what it says (<see cref="Flat"/>), not its tokens and
/// nodes. They are made from the text, once and alike on every thread, the first time anything below the
/// statement is asked for, and are then exactly what the parser would have built; the tree still holds
/// every character. This is what keeps a file of hundreds of thousands of positions from costing a
/// dozen long-lived objects per line.
/// </remarks>
public sealed class OnStatementSyntax : StatementSyntax
{
    private static readonly Lock ExpandGate = new();

    // The children; null until a compact statement is expanded.
    private volatile Parts? _parts;

    // A compact statement's text, extent and what it says; null and zeros for any other statement.
    private readonly SourceText? _source;
    private readonly int _fullStart;
    private readonly int _start;
    private readonly int _end;
    private readonly int _fullEnd;
    private readonly int _dayNumber;
    private readonly string? _member;
    private readonly string? _candidate;
    private readonly string? _matter;
    private readonly SyntaxKind _verb;
    private readonly SyntaxKind _condition;

    internal OnStatementSyntax(SyntaxToken onKeyword, SyntaxToken date, SyntaxToken colonToken, EventClauseSyntax @event, SyntaxToken semicolonToken)
        : base(SyntaxKind.OnStatement)
    {
        _parts = new Parts(onKeyword, date, colonToken, @event, semicolonToken);
        AttachChildren();
    }

    /// <summary>A compact statement: <paramref name="fullStart"/> to <paramref name="fullEnd"/> with trivia, <paramref name="start"/> to <paramref name="end"/> without.</summary>
    internal OnStatementSyntax(SourceText source, int fullStart, int start, int end, int fullEnd, FlatPosition flat)
        : base(SyntaxKind.OnStatement)
    {
        _source = source;
        _fullStart = fullStart;
        _start = start;
        _end = end;
        _fullEnd = fullEnd;
        _dayNumber = flat.Date.DayNumber;
        _member = flat.Member;
        _verb = flat.Verb;
        _candidate = flat.Candidate;
        _condition = flat.Condition;
        _matter = flat.Matter;
    }

    /// <summary>What a compact statement says, read by the parser; null for any other statement.</summary>
    internal FlatPosition? Flat => _source is null
        ? null
        : new FlatPosition(DateOnly.FromDayNumber(_dayNumber), _member!, _verb, _candidate!, _condition, _matter);

    /// <summary><c>on</c></summary>
    public SyntaxToken OnKeyword => Expanded().OnKeyword;

    /// <summary>The date.</summary>
    public SyntaxToken Date => Expanded().Date;

    /// <summary><c>:</c></summary>
    public SyntaxToken ColonToken => Expanded().ColonToken;

    /// <summary>What happened.</summary>
    public EventClauseSyntax Event => Expanded().Event;

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken => Expanded().SemicolonToken;

    /// <inheritdoc/>
    public override TextSpan Span => _source is null ? base.Span : TextSpan.FromBounds(_start, _end);

    /// <inheritdoc/>
    public override TextSpan FullSpan => _source is null ? base.FullSpan : TextSpan.FromBounds(_fullStart, _fullEnd);

    /// <inheritdoc/>
    public override bool IsMissing => _source is null && base.IsMissing;

    /// <inheritdoc/>
    public override void WriteTo(StringBuilder builder)
    {
        if (_source is null)
            base.WriteTo(builder);
        else
            builder.Append(_source.Text, _fullStart, _fullEnd - _fullStart);
    }

    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOnStatement(this);

    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitOnStatement(this);

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OnKeyword,
        1 => Date,
        2 => ColonToken,
        3 => Event,
        4 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    private Parts Expanded() => _parts ?? Expand();

    // Parses the statement's own text again; the parts built by a thread that loses the race are dropped.
    private Parts Expand()
    {
        var parsed = Parser.ParseOnStatement(_source!, _fullStart, _fullEnd)._parts!;
        lock (ExpandGate)
        {
            if (_parts is { } won)
                return won;
            foreach (var child in (ReadOnlySpan<SyntaxElement>)[parsed.OnKeyword, parsed.Date, parsed.ColonToken, parsed.Event, parsed.SemicolonToken])
                child.AttachTo(this);
            return _parts = parsed;
        }
    }

    private sealed record Parts(SyntaxToken OnKeyword, SyntaxToken Date, SyntaxToken ColonToken, EventClauseSyntax Event, SyntaxToken SemicolonToken);
}

/// <summary>
/// What a compact <c>on</c> statement says: one member's position on a candidate, on a real day,
/// maybe on the condition of a guarantee (<paramref name="Condition"/> is <c>unless</c>, <c>if</c> or none).
/// </summary>
internal readonly record struct FlatPosition(
    DateOnly Date, string Member, SyntaxKind Verb, string Candidate, SyntaxKind Condition, string? Matter);
