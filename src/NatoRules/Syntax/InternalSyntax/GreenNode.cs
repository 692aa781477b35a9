using System.Text;

namespace NatoRules.Syntax.InternalSyntax;

/// <summary>
/// The green tree, as Roslyn's: immutable nodes and tokens that know their kind, their children and
/// their width, but not their position or parent, so that a node can be shared and a changed tree
/// rebuilt from the changed node up. The public tree (<see cref="Syntax.SyntaxNode"/>) wraps these
/// on demand, giving each a parent and a position. Node classes are generated from Syntax.xml.
/// </summary>
internal abstract class GreenNode
{
    private protected GreenNode(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    /// <summary>The width with all trivia.</summary>
    public int FullWidth { get; private protected set; }

    /// <summary>The width of the first token's leading trivia.</summary>
    public int LeadingWidth { get; private protected set; }

    /// <summary>The width of the last token's trailing trivia.</summary>
    public int TrailingWidth { get; private protected set; }

    /// <summary>The width without the outer trivia.</summary>
    public int Width => FullWidth - LeadingWidth - TrailingWidth;

    /// <summary>Whether every token below is missing (a missing token has no text).</summary>
    public abstract bool IsMissing { get; }

    public abstract int SlotCount { get; }

    public abstract GreenNode? GetSlot(int index);

    /// <summary>Where the child in <paramref name="index"/> starts, from this node's full start.</summary>
    public virtual int GetSlotOffset(int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++)
            offset += GetSlot(i)?.FullWidth ?? 0;
        return offset;
    }

    /// <summary>Appends the full text, iteratively, so that no tree is too deep to print.</summary>
    public void WriteTo(StringBuilder builder)
    {
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.WritesItself(builder))
                continue;
            for (var i = node.SlotCount - 1; i >= 0; i--)
                if (node.GetSlot(i) is { } child)
                    stack.Push(child);
        }
    }

    /// <summary>Appends the text of a token (or of a node that holds its own text) and says so; false for a node written through its children.</summary>
    private protected virtual bool WritesItself(StringBuilder builder) => false;

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>The public node for this green node, in <paramref name="parent"/> at <paramref name="position"/>.</summary>
    public abstract Syntax.SyntaxElement CreateRed(Syntax.SyntaxNode? parent, int position);
}

/// <summary>A green node with children; generated classes derive from it.</summary>
internal abstract class SyntaxNode : GreenNode
{
    private int[]? _offsets;
    private bool _isMissing;

    private protected SyntaxNode(SyntaxKind kind)
        : base(kind)
    {
    }

    public override bool IsMissing => _isMissing;

    /// <summary>Computes the widths from the children; the generated constructors call it last.</summary>
    private protected void Complete()
    {
        var count = SlotCount;
        var full = 0;
        var first = true;
        var missing = true;
        GreenNode? last = null;
        for (var i = 0; i < count; i++)
        {
            if (GetSlot(i) is not { } child)
                continue;
            if (first)
            {
                LeadingWidth = child.LeadingWidth;
                first = false;
            }
            full += child.FullWidth;
            missing &= child.IsMissing;
            last = child;
        }
        if (last is null)
            throw new InvalidOperationException("A syntax node has at least one token.");
        TrailingWidth = last.TrailingWidth;
        FullWidth = full;
        _isMissing = missing;
    }

    // A node of many children (a block of a large file) finds a child's offset in its table, made once:
    // summing the widths before it would make a walk over the block quadratic.
    public override int GetSlotOffset(int index)
    {
        if (SlotCount <= 8)
            return base.GetSlotOffset(index);
        var offsets = _offsets;
        if (offsets is null)
        {
            offsets = new int[SlotCount];
            var offset = 0;
            for (var i = 0; i < offsets.Length; i++)
            {
                offsets[i] = offset;
                offset += GetSlot(i)?.FullWidth ?? 0;
            }
            _offsets = offsets; // the same table whichever thread makes it
        }
        return offsets[index];
    }
}

/// <summary>A green token: its kind, text and trivia.</summary>
internal sealed class SyntaxToken : GreenNode
{
    private static readonly SyntaxTrivia[] NoTrivia = [];

    private SyntaxToken(SyntaxKind kind, string text, SyntaxTrivia[] leading, SyntaxTrivia[] trailing)
        : base(kind)
    {
        Text = text;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
        LeadingWidth = TriviaWidth(leading);
        TrailingWidth = TriviaWidth(trailing);
        FullWidth = LeadingWidth + text.Length + TrailingWidth;
    }

    public static SyntaxToken Create(SyntaxKind kind, string text, SyntaxTrivia[]? leading = null, SyntaxTrivia[]? trailing = null)
    {
        leading = leading is { Length: > 0 } ? leading : NoTrivia;
        trailing = trailing is { Length: > 0 } ? trailing : NoTrivia;
        if (text.Length == 0 || (uint)kind >= (uint)FixedText.Length || !FixedText[(int)kind]
            || TriviaSlot(leading) is not (>= 0 and var before) || TriviaSlot(trailing) is not (>= 0 and var after))
            return new(kind, text, leading, trailing);
        ref var slot = ref Shared[((int)kind * SharedTrivia + before) * SharedTrivia + after];
        var shared = Volatile.Read(ref slot);
        if (shared is null)
        {
            Interlocked.CompareExchange(ref slot, new(kind, text, leading, trailing), null);
            shared = slot!;
        }
        return string.Equals(shared.Text, text, StringComparison.Ordinal) ? shared : new(kind, text, leading, trailing);
    }

    // A green token knows no position, so a keyword or punctuation token with no trivia or one common
    // piece on each side is one object for the whole process, as Roslyn shares its well-known tokens:
    // a large file holds hundreds of thousands of them, and each would live as long as its tree.
    private static readonly bool[] FixedText = KindsOfFixedText();

    private static readonly int SharedTrivia = 1 + SyntaxTrivia.Common.Length; // none, or one of the common pieces

    private static readonly SyntaxToken?[] Shared = new SyntaxToken?[FixedText.Length * SharedTrivia * SharedTrivia];

    private static bool[] KindsOfFixedText()
    {
        var kinds = Enum.GetValues<SyntaxKind>();
        var fixedText = new bool[(int)kinds.Max() + 1];
        foreach (var kind in kinds)
            fixedText[(int)kind] = SyntaxFacts.GetText(kind) is not null;
        return fixedText;
    }

    // Which shared trivia a token has on one side: 0 for none, 1 + i for SyntaxTrivia.Common[i]; -1 for any other.
    private static int TriviaSlot(SyntaxTrivia[] trivia)
    {
        if (trivia == NoTrivia)
            return 0;
        var common = SyntaxTrivia.Common;
        for (var i = 0; i < common.Length; i++)
            if (trivia == common[i])
                return 1 + i;
        return -1;
    }

    /// <summary>A token the parser synthesized: no text and no trivia.</summary>
    public static SyntaxToken Missing(SyntaxKind kind) => new(kind, "", NoTrivia, NoTrivia);

    public string Text { get; }

    public SyntaxTrivia[] LeadingTrivia { get; }

    public SyntaxTrivia[] TrailingTrivia { get; }

    public override bool IsMissing => Text.Length == 0 && Kind != SyntaxKind.EndOfFileToken;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public SyntaxToken WithLeadingTrivia(SyntaxTrivia[] trivia) => Create(Kind, Text, trivia, TrailingTrivia);

    public SyntaxToken WithTrailingTrivia(SyntaxTrivia[] trivia) => Create(Kind, Text, LeadingTrivia, trivia);

    private protected override bool WritesItself(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
            builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in TrailingTrivia)
            builder.Append(trivia.Text);
        return true;
    }

    public override Syntax.SyntaxElement CreateRed(Syntax.SyntaxNode? parent, int position) => new Syntax.SyntaxToken(this, parent, position);

    private static int TriviaWidth(SyntaxTrivia[] trivia)
    {
        var width = 0;
        foreach (var piece in trivia)
            width += piece.Text.Length;
        return width;
    }
}

/// <summary>Green trivia: a kind and its text. The common pieces (a space, a line break) are shared.</summary>
internal sealed class SyntaxTrivia
{
    private SyntaxTrivia(SyntaxKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    public SyntaxKind Kind { get; }

    public string Text { get; }

    // The common pieces (a space, two, four, a line break), each one object, and each also as the array of
    // that one piece, shared by every token that has just that on one side: see SyntaxToken.Create.
    internal static readonly SyntaxTrivia[][] Common =
    [
        [new(SyntaxKind.WhitespaceTrivia, " ")],
        [new(SyntaxKind.EndOfLineTrivia, "\n")],
        [new(SyntaxKind.EndOfLineTrivia, "\r\n")],
        [new(SyntaxKind.WhitespaceTrivia, "  ")],
        [new(SyntaxKind.WhitespaceTrivia, "    ")],
    ];

    /// <summary>The shared array of the common piece that is exactly the text between <paramref name="start"/> and <paramref name="end"/>, if it is one.</summary>
    public static SyntaxTrivia[]? CommonPiece(string text, int start, int end)
    {
        var piece = text.AsSpan(start, end - start);
        foreach (var common in Common)
            if (piece.SequenceEqual(common[0].Text))
                return common;
        return null;
    }

    public static SyntaxTrivia Create(SyntaxKind kind, string text)
    {
        foreach (var common in Common)
            if (common[0].Kind == kind && string.Equals(common[0].Text, text, StringComparison.Ordinal))
                return common[0];
        return new SyntaxTrivia(kind, text);
    }

    public override string ToString() => Text;
}
