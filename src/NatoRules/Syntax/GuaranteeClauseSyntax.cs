namespace NatoRules.Syntax;

/// <summary><c>guarantee UkraineOptOut from Rutte to HUN written on 2024-06-18 "..."</c>.</summary>
public sealed class GuaranteeClauseSyntax : EventClauseSyntax
{
    internal GuaranteeClauseSyntax(SyntaxToken guaranteeKeyword, NameSyntax matter, SyntaxToken fromKeyword, NameSyntax giver, SyntaxToken toKeyword, NameSyntax receiver, SyntaxToken form, SyntaxToken onKeyword, SyntaxToken date, SyntaxToken? description)
        : base(SyntaxKind.GuaranteeClause)
    {
        GuaranteeKeyword = guaranteeKeyword;
        Matter = matter;
        FromKeyword = fromKeyword;
        Giver = giver;
        ToKeyword = toKeyword;
        Receiver = receiver;
        Form = form;
        OnKeyword = onKeyword;
        Date = date;
        Description = description;
        AttachChildren();
    }

    /// <summary><c>guarantee</c></summary>
    public SyntaxToken GuaranteeKeyword { get; }

    /// <summary>The matter it covers.</summary>
    public NameSyntax Matter { get; }

    /// <summary><c>from</c></summary>
    public SyntaxToken FromKeyword { get; }

    /// <summary>Who gives it.</summary>
    public NameSyntax Giver { get; }

    /// <summary><c>to</c></summary>
    public SyntaxToken ToKeyword { get; }

    /// <summary>The member it is given to.</summary>
    public NameSyntax Receiver { get; }

    /// <summary>Its form, such as <c>written</c> or <c>oral</c>.</summary>
    public SyntaxToken Form { get; }

    /// <summary><c>on</c></summary>
    public SyntaxToken OnKeyword { get; }

    /// <summary>When it was given.</summary>
    public SyntaxToken Date { get; }

    /// <summary>What it says. Null when absent.</summary>
    public SyntaxToken? Description { get; }

    private protected override int SlotCount => 10;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => GuaranteeKeyword,
        1 => Matter,
        2 => FromKeyword,
        3 => Giver,
        4 => ToKeyword,
        5 => Receiver,
        6 => Form,
        7 => OnKeyword,
        8 => Date,
        9 => Description,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
