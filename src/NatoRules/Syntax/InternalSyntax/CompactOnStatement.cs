using System.Text;
using NatoRules.Syntax.Parsing;
using NatoRules.Text;

namespace NatoRules.Syntax.InternalSyntax;

/// <summary>
/// A one-member <c>on</c> position kept as its place in the source and what it says; its green children are
/// parsed from that text the first time they are asked for (the same on every thread: the first made
/// is kept), and are what the parser builds for the statement. Nothing above the green tree can tell it
/// from an <see cref="OnStatementSyntax"/>; its <see cref="Position"/> is read without expanding it.
/// </summary>
internal sealed class CompactOnStatement : StatementSyntax
{
    private readonly SourceText _source;
    private readonly int _fullStart;
    private readonly int _dayNumber;
    private readonly string _member;
    private readonly string _candidate;
    private readonly string? _matter;
    private readonly SyntaxKind _verb;
    private readonly SyntaxKind _condition;
    private OnStatementSyntax? _expanded;

    public CompactOnStatement(SourceText source, int fullStart, int start, int end, int fullEnd, Syntax.SimplePosition position)
        : base(SyntaxKind.OnStatement)
    {
        _source = source;
        _fullStart = fullStart;
        FullWidth = fullEnd - fullStart;
        LeadingWidth = start - fullStart;
        TrailingWidth = fullEnd - end;
        _dayNumber = position.Date.DayNumber;
        _member = position.Member;
        _verb = position.Verb;
        _candidate = position.Candidate;
        _condition = position.Condition;
        _matter = position.Matter;
    }

    public Syntax.SimplePosition Position => new(DateOnly.FromDayNumber(_dayNumber), _member, _verb, _candidate, _condition, _matter);

    public override int SlotCount => 5;

    public override GreenNode? GetSlot(int index) => Expanded().GetSlot(index);

    public override int GetSlotOffset(int index) => Expanded().GetSlotOffset(index);

    private protected override bool WritesItself(StringBuilder builder)
    {
        builder.Append(_source.Text, _fullStart, FullWidth);
        return true;
    }

    public override Syntax.SyntaxElement CreateRed(Syntax.SyntaxNode? parent, int position) => new Syntax.OnStatementSyntax(this, parent, position);

    private OnStatementSyntax Expanded()
    {
        if (_expanded is { } expanded)
            return expanded;
        Interlocked.CompareExchange(ref _expanded, Parser.ParseOnStatement(_source, _fullStart, _fullStart + FullWidth), null);
        return _expanded!;
    }
}
