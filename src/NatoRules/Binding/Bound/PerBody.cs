namespace NatoRules.Binding.Bound;

/// <summary>
/// A value a bound condition computes from the body it is evaluated in (a member attribute or flag
/// by member index), kept for the last body asked. Bodies are immutable and a condition is nearly
/// always evaluated in one body, so the look-up is one reference comparison; the body and its value
/// are swapped in together, so threads never see one body's value for another.
/// </summary>
internal sealed class PerBody<T>(Func<BodySymbol, T> compute)
{
    private sealed record Entry(BodySymbol Body, T Value);

    private Entry? _last;

    public T For(BodySymbol body)
    {
        if (_last is { } last && ReferenceEquals(last.Body, body))
            return last.Value;
        var value = compute(body);
        _last = new Entry(body, value);
        return value;
    }
}
