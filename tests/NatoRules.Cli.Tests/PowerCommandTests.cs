using System.Text;
using System.Text.Json;

namespace NatoRules.Cli.Tests;

public sealed class PowerCommandTests
{
    private static CliRunner.Result Run(params string[] arguments) => CliRunner.RunIn(Repository.Root, arguments);

    [Test]
    public void The_Security_Council_in_json_has_the_exact_published_indices()
    {
        var result = Run("power", "rules", "--decision", "SubstantiveResolution", "--as-of", "2024-06-01", "--format", "json");

        result.ExitCode.ShouldBe(0, result.StandardError);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        root.GetProperty("decision").GetString().ShouldBe("UNSC.SubstantiveResolution");
        root.GetProperty("minimalWinning").GetProperty("count").GetString().ShouldBe("210");
        var members = root.GetProperty("members").EnumerateArray().ToList();
        members.Count.ShouldBe(15);
        var china = members.Single(m => m.GetProperty("member").GetString() == "CHN");
        china.GetProperty("shapleyShubik").GetProperty("exact").GetString().ShouldBe("421/2145");
        china.GetProperty("shapleyShubik").GetProperty("decimal").GetString().ShouldBe("0.196270396");
        china.GetProperty("canBlockAlone").GetBoolean().ShouldBeTrue();
        var malta = members.Single(m => m.GetProperty("member").GetString() == "MLT");
        malta.GetProperty("normalizedBanzhaf").GetProperty("exact").GetString().ShouldBe("21/1270");
    }

    [Test]
    public void Csv_writes_one_line_per_member_and_text_names_the_veto_players()
    {
        var csv = Run("power", "rules", "--decision", "SubstantiveResolution", "--as-of", "2024-06-01", "--format", "csv");
        var text = Run("power", "rules", "--decision", "SubstantiveResolution", "--as-of", "2024-06-01");

        csv.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(16);
        csv.StandardOutput.ShouldContain("USA,421/2145,0.196270396,106/635,0.166929134,53/1024,848,true");
        text.StandardOutput.ShouldContain("can block alone: CHN, FRA, RUS, GBR, USA");
        text.ExitCode.ShouldBe(0);
    }

    [Test]
    public void A_weighted_game_too_large_to_enumerate_exits_two_with_a_reason()
    {
        var body = new StringBuilder("body Big {\n");
        for (var i = 0; i < 30; i++)
            body.Append($"  member M{i} weight {i + 1};\n");
        body.Append("}\ndecision D in Big { require more than half of weight; }\nfacts F for D { proposal P; }\n");
        var file = CliRunner.TempFile("big.rules", body.ToString());

        var result = Run("power", file, "--decision", "D", "--as-of", "2024-01-01");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldBe("natorules: error: Big.D cannot be computed exactly: 30 members whose votes weigh differently are too many to enumerate (the limit is 28)\n");
    }

    [Test]
    public void An_unknown_decision_is_wrong_usage()
    {
        var result = Run("power", "rules", "--decision", "SubstantiveResolutio", "--as-of", "2024-06-01");

        result.ExitCode.ShouldBe(64);
        result.StandardError.ShouldContain("did you mean 'SubstantiveResolution'?");
    }
}

public sealed class TimelineCommandTests
{
    [Test]
    public void The_founding_case_timeline_in_json_gives_each_stretch_and_the_facts_with_their_places()
    {
        var result = CliRunner.RunIn(Repository.Root, "timeline", "rules/nato", "--decision", "SecretaryGeneral", "--candidate", "Rutte", "--to", "2024-06-30",
            "--format", "json");

        result.ExitCode.ShouldBe(0, result.StandardError);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var segments = document.RootElement.GetProperty("segments").EnumerateArray().ToList();
        segments.Count.ShouldBe(5);
        segments[^1].GetProperty("from").GetString().ShouldBe("2024-06-20");
        segments[^1].GetProperty("outcome").GetString().ShouldBe("approved");
        var guarantee = document.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("date").GetString() == "2024-06-18");
        guarantee.GetProperty("file").GetString().ShouldBe("rules/nato/secretary-general.rules");
        guarantee.GetProperty("line").GetInt32().ShouldBe(38);
    }

    [Test]
    public void An_unknown_candidate_is_wrong_usage_with_a_suggestion()
    {
        var result = CliRunner.RunIn(Repository.Root, "timeline", "rules/nato", "--decision", "SecretaryGeneral", "--candidate", "Rute");

        result.ExitCode.ShouldBe(64);
        result.StandardError.ShouldBe("natorules: error: there is no candidate 'Rute'; did you mean 'Rutte'?\n");
    }
}
