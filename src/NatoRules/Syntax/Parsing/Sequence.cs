using Superpower;
using Superpower.Model;

namespace NatoRules.Syntax.Parsing;

/// <summary>
/// Sequences of Superpower token-list parsers that complete with one function: what a query expression
/// (<c>from a in A from b in B select ...</c>) means, without the closure and parser that each of its
/// <c>from</c> clauses makes every time it runs. A failing part fails the sequence as Superpower's
/// <c>Then</c> does, so errors and expectations are the same.
/// </summary>
internal static class Sequence
{
    public static TokenListParser<SyntaxKind, R> Of<A, B, R>(TokenListParser<SyntaxKind, A> pa, TokenListParser<SyntaxKind, B> pb, Func<A, B, R> complete) => input =>
    {
        var ra = pa(input);
        if (!ra.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, A, R>(ra);
        var rb = pb(ra.Remainder);
        if (!rb.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, B, R>(rb);
        return TokenListParserResult.Value(complete(ra.Value, rb.Value), input, rb.Remainder);
    };

    public static TokenListParser<SyntaxKind, R> Of<A, B, C, R>(TokenListParser<SyntaxKind, A> pa, TokenListParser<SyntaxKind, B> pb, TokenListParser<SyntaxKind, C> pc, Func<A, B, C, R> complete) => input =>
    {
        var ra = pa(input);
        if (!ra.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, A, R>(ra);
        var rb = pb(ra.Remainder);
        if (!rb.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, B, R>(rb);
        var rc = pc(rb.Remainder);
        if (!rc.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, C, R>(rc);
        return TokenListParserResult.Value(complete(ra.Value, rb.Value, rc.Value), input, rc.Remainder);
    };

    public static TokenListParser<SyntaxKind, R> Of<A, B, C, D, R>(TokenListParser<SyntaxKind, A> pa, TokenListParser<SyntaxKind, B> pb, TokenListParser<SyntaxKind, C> pc, TokenListParser<SyntaxKind, D> pd, Func<A, B, C, D, R> complete) => input =>
    {
        var ra = pa(input);
        if (!ra.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, A, R>(ra);
        var rb = pb(ra.Remainder);
        if (!rb.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, B, R>(rb);
        var rc = pc(rb.Remainder);
        if (!rc.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, C, R>(rc);
        var rd = pd(rc.Remainder);
        if (!rd.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, D, R>(rd);
        return TokenListParserResult.Value(complete(ra.Value, rb.Value, rc.Value, rd.Value), input, rd.Remainder);
    };

    public static TokenListParser<SyntaxKind, R> Of<A, B, C, D, E, R>(TokenListParser<SyntaxKind, A> pa, TokenListParser<SyntaxKind, B> pb, TokenListParser<SyntaxKind, C> pc, TokenListParser<SyntaxKind, D> pd, TokenListParser<SyntaxKind, E> pe, Func<A, B, C, D, E, R> complete) => input =>
    {
        var ra = pa(input);
        if (!ra.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, A, R>(ra);
        var rb = pb(ra.Remainder);
        if (!rb.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, B, R>(rb);
        var rc = pc(rb.Remainder);
        if (!rc.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, C, R>(rc);
        var rd = pd(rc.Remainder);
        if (!rd.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, D, R>(rd);
        var re = pe(rd.Remainder);
        if (!re.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, E, R>(re);
        return TokenListParserResult.Value(complete(ra.Value, rb.Value, rc.Value, rd.Value, re.Value), input, re.Remainder);
    };

    public static TokenListParser<SyntaxKind, R> Of<A, B, C, D, E, F, R>(TokenListParser<SyntaxKind, A> pa, TokenListParser<SyntaxKind, B> pb, TokenListParser<SyntaxKind, C> pc, TokenListParser<SyntaxKind, D> pd, TokenListParser<SyntaxKind, E> pe, TokenListParser<SyntaxKind, F> pf, Func<A, B, C, D, E, F, R> complete) => input =>
    {
        var ra = pa(input);
        if (!ra.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, A, R>(ra);
        var rb = pb(ra.Remainder);
        if (!rb.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, B, R>(rb);
        var rc = pc(rb.Remainder);
        if (!rc.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, C, R>(rc);
        var rd = pd(rc.Remainder);
        if (!rd.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, D, R>(rd);
        var re = pe(rd.Remainder);
        if (!re.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, E, R>(re);
        var rf = pf(re.Remainder);
        if (!rf.HasValue) return TokenListParserResult.CastEmpty<SyntaxKind, F, R>(rf);
        return TokenListParserResult.Value(complete(ra.Value, rb.Value, rc.Value, rd.Value, re.Value, rf.Value), input, rf.Remainder);
    };

}
