using System.Globalization;
using System.Runtime.InteropServices;
using NatoRules.Binding.Bound;
using NatoRules.Diagnostics;
using NatoRules.Syntax;

namespace NatoRules.Binding;

internal sealed partial class Binder
{
    private readonly HashSet<RuleSymbol> _rulesBeingBound = [];
    private readonly List<RuleSymbol> _ruleStack = [];

    // While a `quorum` clause's threshold is bound: it counts members present, and `N members` is allowed.
    private bool _bindingQuorum;

    private void BindRule(RuleSymbol rule)
    {
        if (rule.Condition is not null)
            return;
        _rulesBeingBound.Add(rule);
        _ruleStack.Add(rule);
        rule.Condition = BindCondition(rule.Syntax.Condition, "in a rule");
        _ruleStack.RemoveAt(_ruleStack.Count - 1);
        _rulesBeingBound.Remove(rule);
    }

    /// <summary>Binds a condition of a rule, a <c>require</c> or an <c>eligible</c> clause.</summary>
    private BoundCondition BindCondition(ConditionSyntax syntax, string context)
    {
        Spend(1, syntax);
        switch (syntax)
        {
            case ParenthesizedConditionSyntax parenthesized:
                return BindCondition(parenthesized.Condition, context);
            case LogicalConditionSyntax chain:
                return BindChain(chain, context);
            case CombinatorConditionSyntax combinator:
                return new BoundComposite(combinator, combinator.Keyword.Kind == SyntaxKind.AllKeyword,
                    [.. combinator.Conditions.Select(c => BindCondition(c, context))]);
            case NotConditionSyntax not:
                return new BoundNot(not, BindCondition(not.Operand, context));
            case ConsensusConditionSyntax consensus:
                return new BoundConsensus(consensus, BindSelector(consensus.Selector),
                    consensus.Minus?.Value is long minus ? (int)Math.Min(minus, int.MaxValue) : 0);
            case UnanimityConditionSyntax unanimity:
                return new BoundUnanimity(unanimity, unanimity.Policy?.Kind == SyntaxKind.AllowedKeyword, BindSelector(unanimity.Selector));
            case VetoConditionSyntax veto:
                return new BoundNoVeto(veto, BindSelector(veto.Selector));
            case RivalConditionSyntax rival:
                return new BoundNoRivalBacking(rival);
            case ThresholdConditionSyntax threshold:
                return BindThreshold(threshold);
            case CandidateConditionSyntax candidate:
                BoundCondition bound = candidate.Predicate.Kind == SyntaxKind.WithdrawnKeyword
                    ? new BoundCandidateWithdrawn(candidate)
                    : new BoundCandidateNational(candidate);
                return candidate.NotKeyword is null ? bound : new BoundNot(candidate, bound);
            case GivenByConditionSyntax givenBy:
                Report(DiagnosticDescriptors.ConditionNotAllowed, givenBy.GetLocation(), $"`{givenBy}`",
                    $"{context}; it belongs in a `guarantees count when` clause");
                return new BoundError(givenBy);
            case NameConditionSyntax name:
                return BindRuleReference(name);
            default:
                return new BoundError(syntax);
        }
    }

    /// <summary>Binds <c>a and b and c ...</c> (or <c>or</c>) as one composite of all its terms.</summary>
    private BoundCondition BindChain(LogicalConditionSyntax chain, string context)
    {
        var operands = chain.Operands.ToList();
        if (operands.Count > MaxChainTerms)
        {
            // Reported at the operator that joins one term too many; the terms are not bound.
            var tooMany = chain.OperatorAt(MaxChainTerms - 1);
            Report(DiagnosticDescriptors.ChainTooLong, tooMany.GetLocation(), operands.Count, tooMany.Text, MaxChainTerms);
            return new BoundError(chain);
        }
        var bound = new BoundCondition[operands.Count];
        for (var i = 0; i < operands.Count; i++)
            bound[i] = BindCondition(operands[i], context);
        return new BoundComposite(chain, chain.OperatorToken.Kind == SyntaxKind.AndKeyword, ImmutableCollectionsMarshal.AsImmutableArray(bound));
    }

    /// <summary>How many terms one chain of <c>and</c> (or of <c>or</c>) may join; a longer one gets NR2032.</summary>
    internal const int MaxChainTerms = 10_000;

    /// <summary>How deeply rules may refer to rules: deeper chains are reported, not followed, so binding and evaluation stay within the stack.</summary>
    internal const int MaxRuleDepth = 256;

    /// <summary>Binds a member selector; its flag and member are checked against the body where a decision uses it.</summary>
    private BoundSelector BindSelector(MemberSelectorSyntax? syntax)
    {
        if (syntax is null)
            return BoundSelector.Everyone;
        var on = syntax.Date is { } token ? Date(token)?.Value : null;
        return new BoundSelector(syntax, syntax.Attribute is { IsMissing: false } flag ? flag.Text : null, on,
            syntax.ExceptCandidate is not null, syntax.ExceptMember?.Identifier.Text, syntax.NotKeyword is not null);
    }

    private BoundCondition BindRuleReference(NameConditionSyntax syntax)
    {
        var name = Name(syntax.Name);
        if (ResolveRule(name) is not { } rule)
            return new BoundError(syntax);
        if (_ruleStack.Count >= MaxRuleDepth)
        {
            Report(DiagnosticDescriptors.RulesTooDeep, name.Location, rule.Name, MaxRuleDepth);
            return new BoundError(syntax);
        }
        if (_rulesBeingBound.Contains(rule))
        {
            var cycle = _ruleStack.SkipWhile(r => r != rule).Select(r => r.Name).Append(rule.Name);
            Report(DiagnosticDescriptors.RuleCycle, name.Location, rule.Name, string.Join(" -> ", cycle));
            return new BoundError(syntax);
        }
        BindRule(rule);
        return new BoundRuleReference(syntax, rule);
    }

    private BoundCondition BindThreshold(ThresholdConditionSyntax syntax)
    {
        // `more than` is strict: more than half of 54 is 28, at least half of 54 is 27.
        // `a majority of` is `more than half of`.
        var strict = syntax.ComparisonKeyword.Kind == SyntaxKind.MoreKeyword || syntax.ComparisonEndKeyword.Kind == SyntaxKind.MajorityKeyword;
        Rational share;
        string words;
        var value = syntax.Value;
        var counts = _bindingQuorum ? ThresholdCounts.Present
            : syntax.AgainstKeyword?.Kind == SyntaxKind.AbstainingKeyword ? ThresholdCounts.DeclaredAbstainers
            : syntax.AgainstKeyword is not null || syntax.SupportsKeyword?.Kind == SyntaxKind.AgainstKeyword ? ThresholdCounts.Objectors
            : ThresholdCounts.Supporters;
        if (_bindingQuorum && (syntax.AgainstKeyword ?? (syntax.SupportsKeyword?.Kind == SyntaxKind.AgainstKeyword ? syntax.SupportsKeyword : null)) is { } whom)
        {
            Report(DiagnosticDescriptors.InvalidQuorum, whom.GetLocation(), "it counts the members present, for or against");
            return new BoundError(syntax);
        }
        switch (value is null || value.Kind == SyntaxKind.HalfKeyword ? (object)(1L, 2L) : value.Value)
        {
            case long count:
                if (syntax.SupportsKeyword?.Kind == SyntaxKind.MembersKeyword && !_bindingQuorum)
                {
                    Report(DiagnosticDescriptors.MembersCountOutsideQuorum, syntax.SupportsKeyword.GetLocation(), count);
                    return new BoundError(syntax);
                }
                return new BoundCountThreshold(syntax, count, strict) { Counts = counts };
            case decimal percent:
                if (percent > 100)
                {
                    Report(DiagnosticDescriptors.PercentageOver100, value!.GetLocation(), value.Text);
                    return new BoundError(syntax);
                }
                (share, words) = (Rational.FromPercent(percent), percent.ToString("#,0.##", CultureInfo.InvariantCulture) + "%");
                break;
            case (long numerator, long denominator):
                if (denominator == 0 || numerator > denominator)
                {
                    Report(DiagnosticDescriptors.FractionNotAShare, value!.GetLocation(), value.Text,
                        denominator == 0 ? "its denominator is 0" : "it is more than the whole");
                    return new BoundError(syntax);
                }
                (share, words) = (Rational.Of(numerator, denominator), syntax.Value is { Kind: SyntaxKind.FractionToken } fraction ? fraction.Text : "half");
                break;
            default:
                return new BoundError(syntax); // a malformed number, already reported
        }
        // Abstainers are not among those voting: a share of them is a share of the members, or of an attribute over them.
        if (counts == ThresholdCounts.DeclaredAbstainers && (syntax.VotingKeyword ?? (syntax.Measure?.Kind == SyntaxKind.VotesKeyword ? syntax.Measure : null)) is { } basisToken)
        {
            Report(DiagnosticDescriptors.AbstainersOutsideBasis, basisToken.GetLocation(),
                syntax.Measure!.Kind == SyntaxKind.VotesKeyword ? "votes cast" : "members present and voting");
            return new BoundError(syntax);
        }
        switch (syntax.Selector is not null ? SyntaxKind.MembersKeyword : syntax.Measure?.Kind)
        {
            case SyntaxKind.VotesKeyword when syntax.Weight is { } weight:
                if (_bindingQuorum)
                {
                    Report(DiagnosticDescriptors.InvalidQuorum, syntax.Measure!.GetLocation(), "it counts members present, not votes: write `of members`");
                    return new BoundError(syntax);
                }
                return new BoundAttributeShareThreshold(syntax, words, share, weight.IsMissing ? "" : weight.Text, strict, ThresholdBasis.Voting)
                {
                    Counts = counts,
                };
            case SyntaxKind.MembersKeyword or SyntaxKind.VotesKeyword:
                var votes = syntax.Measure?.Kind == SyntaxKind.VotesKeyword;
                var basis = votes || syntax.VotingKeyword is not null ? ThresholdBasis.Voting
                    : syntax.PresentKeyword is not null ? ThresholdBasis.Present
                    : ThresholdBasis.Members;
                if (_bindingQuorum && (basis != ThresholdBasis.Members || syntax.Selector is not null))
                {
                    Report(DiagnosticDescriptors.InvalidQuorum, syntax.PresentKeyword?.GetLocation() ?? syntax.Selector?.GetLocation() ?? syntax.Measure!.GetLocation(),
                        "it counts the members present among all the members: write `of members`");
                    return new BoundError(syntax);
                }
                // The selection's own words stand for `members` (`members where not suspended present and voting`).
                var members = syntax.Selector is { } selection ? selection.ToString().Trim() : "members";
                var basisWords = basis switch
                {
                    ThresholdBasis.Members => members,
                    ThresholdBasis.Present => $"{members} present",
                    _ => votes ? "votes cast" : $"{members} present and voting",
                };
                return new BoundMemberShareThreshold(syntax, words, share, strict, basis)
                {
                    BasisWords = basisWords,
                    Counts = counts,
                    Selector = syntax.Selector is null ? null : BindSelector(syntax.Selector),
                };
            default:
                if (_bindingQuorum)
                {
                    Report(DiagnosticDescriptors.InvalidQuorum, (syntax.Measure ?? syntax.ComparisonKeyword).GetLocation(),
                        $"it counts members, not `{syntax.Measure?.Text}`");
                    return new BoundError(syntax);
                }
                return new BoundAttributeShareThreshold(syntax, words, share, syntax.Measure?.Text ?? "", strict) { Counts = counts };
        }
    }

    /// <summary>Binds the requirement of a <c>guarantees count when</c> clause.</summary>
    private BoundGuaranteeCondition? BindGuaranteeCondition(ConditionSyntax syntax)
    {
        switch (syntax)
        {
            case ParenthesizedConditionSyntax parenthesized:
                return BindGuaranteeCondition(parenthesized.Condition);
            case LogicalConditionSyntax chain:
                return Composite(chain, chain.OperatorToken.Kind == SyntaxKind.AndKeyword ? '&' : '|', chain.Operands);
            case CombinatorConditionSyntax combinator:
                return Composite(combinator, combinator.Keyword.Kind == SyntaxKind.AllKeyword ? '&' : '|', combinator.Conditions);
            case NotConditionSyntax not:
                return Composite(not, '!', [not.Operand]);
            case NameConditionSyntax form:
                return new BoundGuaranteeForm(form, form.Name.Text);
            case GivenByConditionSyntax givenBy:
                return new BoundGuaranteeGiver(givenBy, givenBy.Giver.Kind == SyntaxKind.CandidateKeyword ? null : givenBy.Giver.Text);
            default:
                Report(DiagnosticDescriptors.ConditionNotAllowed, syntax.GetLocation(), $"`{syntax}`",
                    "in a `guarantees count when` clause, which takes forms (such as `written`) and `given by`");
                return null;
        }

        BoundGuaranteeCondition? Composite(SyntaxNode node, char op, IEnumerable<ConditionSyntax> operands)
        {
            var bound = operands.Select(BindGuaranteeCondition).ToArray();
            return bound.Any(b => b is null) ? null : new BoundGuaranteeComposite(node, op, [.. bound!]);
        }
    }
}
