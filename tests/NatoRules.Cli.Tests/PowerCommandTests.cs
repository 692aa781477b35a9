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
    public void A_date_on_which_no_member_counts_is_said_so_not_a_crash()
    {
        // The House's members-elect are stated for the days of the 2023 election only.
        var result = Run("power", "rules", "--decision", "Speaker", "--as-of", "2020-01-01");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("no member of House counts on 2020-01-01");
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

public sealed class TimelinePictureTests
{
    private static CliRunner.Result Picture(string format) => CliRunner.RunIn(Repository.Root, "timeline", "rules/nato", "--decision", "SecretaryGeneral",
        "--candidate", "Rutte", "--to", "2024-06-30", "--format", format);

    [Test]
    public void The_svg_has_the_outcome_band_a_lane_per_member_with_a_position_and_the_guarantee_with_its_place()
    {
        var result = Picture("svg");

        result.ExitCode.ShouldBe(0, result.StandardError);
        var svg = System.Xml.Linq.XDocument.Parse(result.StandardOutput);
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var band = svg.Descendants(ns + "g").Single(g => (string?)g.Attribute("class") == "outcome").Elements(ns + "rect").ToList();
        band.Select(r => (string?)r.Attribute("class")).ShouldBe(["blocked", "blocked", "blocked", "blocked", "approved"]);
        band[^1].Element(ns + "title")!.Value.ShouldBe("2024-06-20 .. 2024-06-30: approved");
        var lanes = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "lane").ToList();
        lanes.Select(l => (string?)l.Attribute("data-member")).ShouldBe(["FRA", "GBR", "USA", "TUR", "DEU", "HUN", "ROU"]);
        var hungary = lanes.Single(l => (string?)l.Attribute("data-member") == "HUN");
        hungary.Elements(ns + "rect").Single().Attribute("class")!.Value.ShouldBe("objects conditional");
        hungary.Elements(ns + "path").Single().Element(ns + "title")!.Value
            .ShouldBe("2024-06-18: guarantee UkraineOptOut from Rutte to HUN (written) [rules/nato/secretary-general.rules:38:3]");
        // The bands cover the drawing from left to right without a gap.
        var edges = band.Select(r => (X: double.Parse((string)r.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture),
            W: double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        for (var i = 1; i < edges.Count; i++)
            (edges[i - 1].X + edges[i - 1].W).ShouldBe(edges[i].X, 0.02);
    }

    [Test]
    public void The_picture_in_the_docs_is_the_one_the_command_draws()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "founding-case-timeline.svg"));

        Picture("svg").StandardOutput.ShouldBe(committed.ReplaceLineEndings("\n"), "regenerate docs/founding-case-timeline.svg with the command in docs/analysis.md");
    }

    [Test]
    public void The_html_page_holds_the_svg()
    {
        var html = Picture("html").StandardOutput;

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }
}
