using System.Globalization;
using System.Text;
using System.Text.Json;
using NatoRules.Diagnostics;
using NatoRules.Text;

namespace NatoRules.Facts;

/// <summary>
/// Reads the JSON facts shape with <see cref="Utf8JsonReader"/>, keeping every value's location so
/// that shape errors here and binding errors later point at the JSON line and column.
/// </summary>
internal sealed class JsonFactReader
{
    private static readonly string[] RootProperties = ["facts", "for", "candidates", "positions", "guarantees", "membership", "withdrawals", "votes", "matters", "seats"];

    // A vote's counts, whole numbers of members, in the words of the language's tallies.
    private static readonly (string Property, Stance Stance)[] TallyProperties =
        [("supports", Stance.Supports), ("objects", Stance.Objects), ("abstains", Stance.Abstains), ("absent", Stance.Absent)];

    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly byte[] _bytes;
    private readonly int _bomChars;
    private int _byteCursor;
    private int _charCursor;

    public JsonFactReader(SourceText text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
        _bomChars = text.Text.StartsWith('\uFEFF') ? 1 : 0;
        _bytes = Encoding.UTF8.GetBytes(text.Text[_bomChars..]);
    }

    public FactsInput? Read()
    {
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                Report(DiagnosticDescriptors.MalformedJson, new TextSpan(0, 0), "the document is empty");
                return null;
            }
            var rootLocation = Here(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Report(DiagnosticDescriptors.WrongJsonType, rootLocation.Span, "the document", "an object");
                return null;
            }
            var input = ReadRoot(ref reader, rootLocation);
            if (reader.Read())
                Report(DiagnosticDescriptors.MalformedJson, Here(ref reader).Span, "text after the end of the document");
            return input;
        }
        catch (JsonException e)
        {
            Report(DiagnosticDescriptors.MalformedJson, SpanOf(e), Clean(e.Message));
            return null;
        }
        catch (UnreadableString e)
        {
            Report(DiagnosticDescriptors.MalformedJson, e.Location.Span, "the string holds an escaped half of a surrogate pair (\\uD800 to \\uDFFF) without its other half");
            return null;
        }
    }

    // Well-formed JSON whose string escapes a lone surrogate (`"\ud800"`) cannot be read as a .NET
    // string: the reader throws InvalidOperationException, which becomes this, and then a diagnostic.
    private string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UnreadableString(Here(ref reader));
        }
    }

    private sealed class UnreadableString(Location location) : Exception
    {
        public Location Location { get; } = location;
    }

    private FactsInput? ReadRoot(ref Utf8JsonReader reader, Location rootLocation)
    {
        NameInput? name = null;
        var decisions = new List<NameInput>();
        var candidates = new List<CandidateInput>();
        var positions = new List<PositionInput>();
        var guarantees = new List<GuaranteeInput>();
        var membership = new List<MembershipInput>();
        var withdrawals = new List<WithdrawalInput>();
        var votes = new List<VoteInput>();
        var matters = new List<MatterInput>();
        var seats = new List<(long?, Location)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = ReadString(ref reader);
            var propertyLocation = Here(ref reader);
            reader.Read();
            switch (property)
            {
                case "facts": name = ReadName(ref reader, "facts"); break;
                case "for": ReadArray(ref reader, "for", (ref Utf8JsonReader r) => { if (ReadName(ref r, "for") is { } n) decisions.Add(n); }); break;
                case "candidates": ReadObjects(ref reader, "candidates", (ref Utf8JsonReader r, Location at) => ReadCandidate(ref r, at, candidates)); break;
                case "positions": ReadObjects(ref reader, "positions", (ref Utf8JsonReader r, Location at) => ReadPosition(ref r, at, positions)); break;
                case "guarantees": ReadObjects(ref reader, "guarantees", (ref Utf8JsonReader r, Location at) => ReadGuarantee(ref r, at, guarantees)); break;
                case "membership": ReadObjects(ref reader, "membership", (ref Utf8JsonReader r, Location at) => ReadMembership(ref r, at, membership)); break;
                case "withdrawals": ReadObjects(ref reader, "withdrawals", (ref Utf8JsonReader r, Location at) => ReadWithdrawal(ref r, at, withdrawals)); break;
                case "votes": ReadObjects(ref reader, "votes", (ref Utf8JsonReader r, Location at) => ReadVote(ref r, at, votes)); break;
                case "matters": ReadObjects(ref reader, "matters", (ref Utf8JsonReader r, Location at) => ReadMatter(ref r, at, matters)); break;
                case "seats" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count):
                    seats.Add((count, Here(ref reader)));
                    break;
                case "seats":
                    Report(DiagnosticDescriptors.WrongJsonType, Here(ref reader).Span, property, "a whole number");
                    reader.Skip();
                    break;
                default:
                    Report(DiagnosticDescriptors.UnknownJsonProperty, propertyLocation.Span, property, "the document", string.Join(", ", RootProperties));
                    reader.Skip();
                    break;
            }
        }
        if (name is null)
        {
            Report(DiagnosticDescriptors.MissingJsonProperty, rootLocation.Span, "the document", "facts");
            return null;
        }
        if (decisions.Count == 0)
            Report(DiagnosticDescriptors.MissingJsonProperty, rootLocation.Span, "the document", "for");
        var input = new FactsInput { Name = name };
        input.Decisions.AddRange(decisions);
        input.Candidates.AddRange(candidates);
        input.Positions.AddRange(positions);
        input.Guarantees.AddRange(guarantees);
        input.MembershipChanges.AddRange(membership);
        input.Withdrawals.AddRange(withdrawals);
        input.Votes.AddRange(votes);
        input.Matters.AddRange(matters);
        input.Seats.AddRange(seats);
        return input;
    }

    private delegate void ValueReader(ref Utf8JsonReader reader);

    private delegate void ObjectReader(ref Utf8JsonReader reader, Location location);

    private void ReadArray(ref Utf8JsonReader reader, string property, ValueReader item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Report(DiagnosticDescriptors.WrongJsonType, Here(ref reader).Span, property, "an array");
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            item(ref reader);
    }

    private void ReadObjects(ref Utf8JsonReader reader, string property, ObjectReader item) =>
        ReadArray(ref reader, property, (ref Utf8JsonReader r) =>
        {
            var location = Here(ref r);
            if (r.TokenType != JsonTokenType.StartObject)
            {
                Report(DiagnosticDescriptors.WrongJsonType, location.Span, property, "an array of objects");
                r.Skip();
                return;
            }
            item(ref r, location);
        });

    /// <summary>Reads an object's properties as strings (or string arrays for <c>members</c>), reporting unknown ones.</summary>
    private Dictionary<string, (string? Value, List<NameInput>? List, Location Location)> ReadFields(
        ref Utf8JsonReader reader, string what, string[] allowed)
    {
        var fields = new Dictionary<string, (string?, List<NameInput>?, Location)>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = ReadString(ref reader);
            var propertyLocation = Here(ref reader);
            reader.Read();
            if (!allowed.Contains(property))
            {
                Report(DiagnosticDescriptors.UnknownJsonProperty, propertyLocation.Span, property, what, string.Join(", ", allowed));
                reader.Skip();
                continue;
            }
            if (reader.TokenType == JsonTokenType.StartArray && property == "members")
            {
                var list = new List<NameInput>();
                var start = Here(ref reader);
                ReadArray(ref reader, property, (ref Utf8JsonReader r) => { if (ReadName(ref r, "members") is { } n) list.Add(n); });
                fields[property] = (null, list, start);
                continue;
            }
            if (reader.TokenType == JsonTokenType.Null)
                continue;
            if (reader.TokenType == JsonTokenType.True && property is "proposal" or "declaration")
            {
                fields[property] = ("true", null, Here(ref reader));
                continue;
            }
            if (reader.TokenType == JsonTokenType.False && property is "proposal" or "declaration")
                continue;
            if (property is "proposal" or "declaration")
            {
                Report(DiagnosticDescriptors.WrongJsonType, Here(ref reader).Span, property, "true or false");
                reader.Skip();
                continue;
            }
            if (what == "a vote" && (property == "ballot" || TallyProperties.Any(t => t.Property == property)))
            {
                // A count: a whole number from 0, kept as its digits.
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count) && count >= 0)
                    fields[property] = (count.ToString(CultureInfo.InvariantCulture), null, Here(ref reader));
                else if (reader.TokenType == JsonTokenType.Number)
                    Report(DiagnosticDescriptors.InvalidJsonValue, Here(ref reader).Span, Encoding.UTF8.GetString(reader.ValueSpan), $"count of `{property}`",
                        "a count is a whole number of members, from 0");
                else
                {
                    Report(DiagnosticDescriptors.WrongJsonType, Here(ref reader).Span, property, "a whole number");
                    reader.Skip();
                }
                continue;
            }
            if (reader.TokenType != JsonTokenType.String)
            {
                Report(DiagnosticDescriptors.WrongJsonType, Here(ref reader).Span, property, "a string");
                reader.Skip();
                continue;
            }
            fields[property] = (ReadString(ref reader), null, Here(ref reader));
        }
        return fields;
    }

    private NameInput? Required(Dictionary<string, (string? Value, List<NameInput>? List, Location Location)> fields,
        string property, string what, Location at)
    {
        if (fields.TryGetValue(property, out var field) && field.Value is { } value)
            return new NameInput(value, field.Location);
        Report(DiagnosticDescriptors.MissingJsonProperty, at.Span, what, property);
        return null;
    }

    private static NameInput? Optional(Dictionary<string, (string? Value, List<NameInput>? List, Location Location)> fields, string property) =>
        fields.TryGetValue(property, out var field) && field.Value is { } value ? new NameInput(value, field.Location) : null;

    private DateInput? ParseDate(NameInput? text)
    {
        if (text is null)
            return null;
        if (text.Name.Length != 10 || text.Name[4] != '-' || text.Name[7] != '-' || !text.Name.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit))
        {
            Report(DiagnosticDescriptors.InvalidJsonValue, text.Location.Span, text.Name, "date", "dates are written yyyy-mm-dd");
            return null;
        }
        var real = DateOnly.TryParseExact(text.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return new DateInput(real ? date : null, text.Name, text.Location);
    }

    private void ReadCandidate(ref Utf8JsonReader reader, Location at, List<CandidateInput> into)
    {
        var fields = ReadFields(ref reader, "a candidate", ["name", "title", "proposal", "national", "declared", "withdrawn"]);
        if (Required(fields, "name", "a candidate", at) is not { } name)
            return;
        into.Add(new CandidateInput(name, Optional(fields, "title")?.Name, fields.ContainsKey("proposal"), Optional(fields, "national"),
            ParseDate(Optional(fields, "declared")), ParseDate(Optional(fields, "withdrawn")), null));
    }

    private void ReadPosition(ref Utf8JsonReader reader, Location at, List<PositionInput> into)
    {
        var fields = ReadFields(ref reader, "a position", ["on", "member", "members", "stance", "candidate", "unless", "if", "declaration"]);
        var date = ParseDate(Required(fields, "on", "a position", at));
        var candidate = Required(fields, "candidate", "a position", at);
        var stanceText = Required(fields, "stance", "a position", at);
        var members = fields.TryGetValue("members", out var list) && list.List is { } names ? names
            : Optional(fields, "member") is { } one ? [one] : null;
        if (members is null)
            Report(DiagnosticDescriptors.MissingJsonProperty, at.Span, "a position", "member");
        Stance? stance = stanceText?.Name switch
        {
            "supports" => Stance.Supports,
            "objects" => Stance.Objects,
            "abstains" => Stance.Abstains,
            "absent" => Stance.Absent,
            null => null,
            _ => Invalid(stanceText, "stance", "use supports, objects, abstains or absent"),
        };
        var unless = Optional(fields, "unless");
        var onlyIf = Optional(fields, "if");
        if (unless is not null && onlyIf is not null)
            Report(DiagnosticDescriptors.InvalidJsonValue, onlyIf.Location.Span, onlyIf.Name, "condition", "a position has `unless` or `if`, not both");
        if (date is null || candidate is null || members is null || stance is null)
            return;
        var condition = unless is not null ? PositionConditionKind.Unless : onlyIf is not null ? PositionConditionKind.If : PositionConditionKind.None;
        var declaration = fields.TryGetValue("declaration", out var declared) ? declared.Location : null;
        foreach (var member in members)
            into.Add(new PositionInput(date, member, stance.Value, candidate, condition, unless ?? onlyIf, at) { Declaration = declaration });
    }

    private Stance? Invalid(NameInput value, string what, string help)
    {
        Report(DiagnosticDescriptors.InvalidJsonValue, value.Location.Span, value.Name, what, help);
        return null;
    }

    private void ReadGuarantee(ref Utf8JsonReader reader, Location at, List<GuaranteeInput> into)
    {
        var fields = ReadFields(ref reader, "a guarantee", ["matter", "from", "to", "form", "on", "description"]);
        var matter = Required(fields, "matter", "a guarantee", at);
        var giver = Required(fields, "from", "a guarantee", at);
        var receiver = Required(fields, "to", "a guarantee", at);
        var form = Required(fields, "form", "a guarantee", at);
        var date = ParseDate(Required(fields, "on", "a guarantee", at));
        if (matter is null || giver is null || receiver is null || form is null || date is null)
            return;
        into.Add(new GuaranteeInput(matter, giver, receiver, form, date, Optional(fields, "description")?.Name, at));
    }

    private void ReadMembership(ref Utf8JsonReader reader, Location at, List<MembershipInput> into)
    {
        var fields = ReadFields(ref reader, "a membership change", ["on", "member", "change"]);
        var date = ParseDate(Required(fields, "on", "a membership change", at));
        var member = Required(fields, "member", "a membership change", at);
        var change = Required(fields, "change", "a membership change", at);
        if (change is not null && change.Name is not ("joins" or "leaves"))
        {
            Report(DiagnosticDescriptors.InvalidJsonValue, change.Location.Span, change.Name, "membership change", "use joins or leaves");
            return;
        }
        if (date is not null && member is not null && change is not null)
            into.Add(new MembershipInput(date, member, change.Name == "joins", at));
    }

    private void ReadWithdrawal(ref Utf8JsonReader reader, Location at, List<WithdrawalInput> into)
    {
        var fields = ReadFields(ref reader, "a withdrawal", ["on", "candidate"]);
        var date = ParseDate(Required(fields, "on", "a withdrawal", at));
        var candidate = Required(fields, "candidate", "a withdrawal", at);
        if (date is not null && candidate is not null)
            into.Add(new WithdrawalInput(date, candidate, at));
    }

    // `{"on": "2024-05-10", "candidate": "ES10_23", "supports": 143, "objects": 9, "abstains": 25, "absent": 16}`: a vote held,
    // with its tally when the record gives counts; the candidate may be left out when the document has only one.
    private void ReadVote(ref Utf8JsonReader reader, Location at, List<VoteInput> into)
    {
        var fields = ReadFields(ref reader, "a vote", ["on", "candidate", "ballot", .. TallyProperties.Select(t => t.Property)]);
        var date = ParseDate(Required(fields, "on", "a vote", at));
        var tally = new List<TallyItemInput>();
        foreach (var (property, stance) in TallyProperties)
            if (fields.TryGetValue(property, out var field) && field.Value is { } digits)
                tally.Add(new TallyItemInput(stance, long.Parse(digits, CultureInfo.InvariantCulture), field.Location));
        var ballot = fields.TryGetValue("ballot", out var number) && number.Value is { } ballotDigits ? long.Parse(ballotDigits, CultureInfo.InvariantCulture) : (long?)null;
        if (date is not null)
            into.Add(new VoteInput(date, Optional(fields, "candidate"), tally, at) { Ballot = ballot, BallotLocation = ballot is null ? null : number.Location });
    }

    private void ReadMatter(ref Utf8JsonReader reader, Location at, List<MatterInput> into)
    {
        var fields = ReadFields(ref reader, "a matter", ["name", "description"]);
        if (Required(fields, "name", "a matter", at) is { } name)
            into.Add(new MatterInput(name, Optional(fields, "description")?.Name, null));
    }

    private NameInput? ReadName(ref Utf8JsonReader reader, string property)
    {
        var location = Here(ref reader);
        if (reader.TokenType == JsonTokenType.String)
            return new NameInput(ReadString(ref reader), location);
        Report(DiagnosticDescriptors.WrongJsonType, location.Span, property, "a string");
        reader.Skip();
        return null;
    }

    /// <summary>The location of the current token (for a container, its opening bracket).</summary>
    private Location Here(ref Utf8JsonReader reader)
    {
        var start = CharOffset((int)reader.TokenStartIndex);
        var end = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
            ? start + 1
            : CharOffset((int)reader.BytesConsumed);
        return new Location(_text, TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    // Byte offsets only grow while reading, so the char offset is counted forward from the last one.
    private int CharOffset(int byteOffset)
    {
        if (byteOffset < _byteCursor)
        {
            _byteCursor = 0;
            _charCursor = 0;
        }
        _charCursor += Encoding.UTF8.GetCharCount(_bytes, _byteCursor, byteOffset - _byteCursor);
        _byteCursor = byteOffset;
        return _charCursor + _bomChars;
    }

    private TextSpan SpanOf(JsonException e)
    {
        var line = (int)Math.Min(e.LineNumber ?? 0, _text.LineCount - 1);
        var lineSpan = _text.GetLineSpan(line);
        var lineBytes = Encoding.UTF8.GetBytes(_text.ToString(lineSpan));
        var byteColumn = (int)Math.Min(e.BytePositionInLine ?? 0, lineBytes.Length);
        var column = Encoding.UTF8.GetCharCount(lineBytes, 0, byteColumn);
        if (line == 0 && _bomChars > 0 && lineSpan.Start == 0)
            column += _bomChars;
        return new TextSpan(Math.Min(lineSpan.Start + column, _text.Length), 0);
    }

    // System.Text.Json appends its own position ("LineNumber: 2 | BytePositionInLine: 4."); the diagnostic has it already.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(descriptor, _text, span, arguments);
}
