using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Manifest;

[Trait("Category", TestCategory.Unit)]
public class ManifestValidatorTests
{
    private const string Remove = "~remove";

    /// <summary>A small manifest touching every object type, a parallel block and a palette reference; valid.</summary>
    private const string BaseYaml = """
        meta:
          title: Validator fixture
          canvas: { width: 1920, height: 1080, background: "#101020" }
          easing: easeInOutCubic
          defaults: { graph: { nodeRadius: 30 } }
          palette: { visited: "#ff6b6b", empty: "" }
        objects:
          - { id: title, type: text, content: "", position: { x: 960, y: 80 } }
          - id: g
            type: graph
            nodes: [ { id: A, x: 100, y: 100 }, { id: B, x: 300, y: 100 } ]
            edges: [ { from: A, to: B } ]
          - { id: q, type: data-structure, variant: queue, position: { x: 960, y: 900 } }
          - id: t
            type: tree
            root: r
            position: { x: 960, y: 300 }
            nodes: [ { id: r }, { id: c, parent: r, side: left } ]
        timeline:
          - { action: set-text, target: title, value: Hello }
          - { action: fade-in, target: title, duration: 0.5s }
          - { action: highlight-node, target: g, node: A, color: $visited, duration: 500ms }
          - parallel:
              - { action: fade-in, target: g, duration: 1 }
              - { action: enqueue, target: q, values: [1, 2], duration: 0.5s, easing: easeOutBack }
          - { action: insert-node, target: t, node: n, parent: r, side: right, duration: 0.8s }
          - { action: pause, duration: 1s }
          - { action: camera-zoom, scale: 1.5, duration: 1s }
        """;

    private static JsonObject Base() => (JsonObject)DocumentReader.Read(BaseYaml)!;

    private static IReadOnlyList<Diagnostic> Validate(JsonObject manifest, string prefix = "") =>
        ManifestValidator.Validate(manifest, prefix);

    private static IReadOnlyList<Diagnostic> ValidateYaml(string yaml) => Validate((JsonObject)DocumentReader.Read(yaml)!);

    /// <summary>Sets (JSON text) or removes the value at a path such as <c>timeline[3].parallel[0].node</c>.</summary>
    private static JsonObject Patch(JsonObject root, string path, string json)
    {
        var segments = Regex.Matches(path, @"([^.\[\]]+)|\[(\d+)\]")
            .Select(m => m.Groups[2].Success ? (object)int.Parse(m.Groups[2].Value) : m.Groups[1].Value).ToList();
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
            parent = (segment is string key ? parent[key] : parent[(int)segment])!;
        var value = json == Remove ? null : JsonNode.Parse(json);
        switch (segments[^1])
        {
            case string key when json == Remove: parent.AsObject().Remove(key); break;
            case int index when json == Remove: parent.AsArray().RemoveAt(index); break;
            case string key: parent[key] = value; break;
            case int index: parent[index] = value; break;
        }
        return root;
    }

    private static string Dump(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    [Fact]
    public void BaseFixtureIsClean()
    {
        var diagnostics = Validate(Base());
        Assert.True(diagnostics.Count == 0, Dump(diagnostics));
    }

    [Theory]
    [InlineData("V1", "meta", Remove, "meta", Severity.Error)]
    [InlineData("V1", "meta", "null", "meta", Severity.Error)]
    [InlineData("V2", "meta.title", Remove, "meta.title", Severity.Error)]
    [InlineData("V2", "meta.title", "\"\"", "meta.title", Severity.Error)]
    [InlineData("V3", "meta.canvas", Remove, "meta.canvas", Severity.Error)]
    [InlineData("V4", "meta.canvas.width", Remove, "meta.canvas.width", Severity.Error)]
    [InlineData("V4", "meta.canvas.width", "0", "meta.canvas.width", Severity.Error)]
    [InlineData("V5", "meta.canvas.height", Remove, "meta.canvas.height", Severity.Error)]
    [InlineData("V5", "meta.canvas.height", "0", "meta.canvas.height", Severity.Error)]
    [InlineData("V6", "meta.easing", "\"bouncy\"", "meta.easing", Severity.Warning)]
    [InlineData("V7", "meta.defaults", "\"big\"", "meta.defaults", Severity.Error)]
    [InlineData("V7", "meta.defaults", "3", "meta.defaults", Severity.Error)]
    [InlineData("V8", "meta.palette", "\"red\"", "meta.palette", Severity.Error)]
    [InlineData("V8", "meta.palette", "true", "meta.palette", Severity.Error)]
    [InlineData("V9", "objects", Remove, "objects", Severity.Error)]
    [InlineData("V9", "objects", "{}", "objects", Severity.Error)]
    [InlineData("V10", "objects[0].id", Remove, "objects[0].id", Severity.Error)]
    [InlineData("V10", "objects[0].id", "\"\"", "objects[0].id", Severity.Error)]
    [InlineData("V11", "objects[1].id", "\"title\"", "objects[1].id", Severity.Error)]
    [InlineData("V12", "objects[0].type", Remove, "objects[0].type", Severity.Error)]
    [InlineData("V13", "objects[0].type", "\"circle\"", "objects[0].type", Severity.Warning)]
    [InlineData("V14", "objects[0].content", Remove, "objects[0].content", Severity.Error)]
    [InlineData("V14", "objects[0].position", Remove, "objects[0].position", Severity.Error)]
    [InlineData("V14", "objects[1].nodes", Remove, "objects[1].nodes", Severity.Error)]
    [InlineData("V14", "objects[1].edges", Remove, "objects[1].edges", Severity.Error)]
    [InlineData("V14", "objects[2].position", Remove, "objects[2].position", Severity.Error)]
    [InlineData("V14", "objects[2].variant", Remove, "objects[2].variant", Severity.Error)]
    [InlineData("V14", "objects[3].root", Remove, "objects[3].root", Severity.Error)]
    [InlineData("V14", "objects[3].nodes", Remove, "objects[3].nodes", Severity.Error)]
    [InlineData("V14", "objects[3].position", Remove, "objects[3].position", Severity.Error)]
    [InlineData("V15", "objects[1].edges[0].from", "\"Z\"", "objects[1].edges[0].from", Severity.Error)]
    [InlineData("V15", "objects[1].edges[0].from", Remove, "objects[1].edges[0].from", Severity.Error)]
    [InlineData("V16", "objects[1].edges[0].to", "\"Z\"", "objects[1].edges[0].to", Severity.Error)]
    [InlineData("V17", "objects[2].variant", "\"heap\"", "objects[2].variant", Severity.Error)]
    [InlineData("V17", "objects[2].variant", "null", "objects[2].variant", Severity.Error)]
    [InlineData("V18", "timeline", Remove, "timeline", Severity.Error)]
    [InlineData("V18", "timeline", "\"later\"", "timeline", Severity.Error)]
    [InlineData("V19", "timeline[3].parallel", "{\"action\": \"pause\"}", "timeline[3].parallel", Severity.Error)]
    [InlineData("V19", "timeline[3].parallel", "null", "timeline[3].parallel", Severity.Error)]
    [InlineData("V20", "timeline[1].action", Remove, "timeline[1]", Severity.Error)]
    [InlineData("V20", "timeline[1]", "42", "timeline[1]", Severity.Error)]
    [InlineData("V20", "timeline[3].parallel[0].action", Remove, "timeline[3].parallel[0]", Severity.Error)]
    [InlineData("V20", "timeline[3].parallel[0]", "{\"parallel\": [{\"action\": \"pause\", \"duration\": 1}]}", "timeline[3].parallel[0]", Severity.Error)]
    [InlineData("V21", "timeline[1].action", "\"fade-inn\"", "timeline[1].action", Severity.Warning)]
    [InlineData("V21", "timeline[3].parallel[1].action", "\"explode\"", "timeline[3].parallel[1].action", Severity.Warning)]
    [InlineData("V22", "timeline[1].duration", Remove, "timeline[1].duration", Severity.Error)]
    [InlineData("V22", "timeline[1].target", Remove, "timeline[1].target", Severity.Error)]
    [InlineData("V22", "timeline[0].value", Remove, "timeline[0].value", Severity.Error)]
    [InlineData("V22", "timeline[2].node", Remove, "timeline[2].node", Severity.Error)]
    [InlineData("V22", "timeline[2].color", Remove, "timeline[2].color", Severity.Error)]
    [InlineData("V22", "timeline[3].parallel[1].values", Remove, "timeline[3].parallel[1].values", Severity.Error)]
    [InlineData("V22", "timeline[4].side", Remove, "timeline[4].side", Severity.Error)]
    [InlineData("V22", "timeline[6].scale", Remove, "timeline[6].scale", Severity.Error)]
    [InlineData("V23", "timeline[1].target", "\"ghost\"", "timeline[1].target", Severity.Error)]
    [InlineData("V23", "timeline[3].parallel[0].target", "\"ghost\"", "timeline[3].parallel[0].target", Severity.Error)]
    [InlineData("V23", "timeline[6].target", "\"ghost\"", "timeline[6].target", Severity.Error)]
    [InlineData("V24", "timeline[2].color", "\"$unknown\"", "timeline[2].color", Severity.Error)]
    [InlineData("V24", "timeline[2].color", "\"$empty\"", "timeline[2].color", Severity.Error)]
    [InlineData("V25", "timeline[1].easing", "\"wobble\"", "timeline[1].easing", Severity.Warning)]
    [InlineData("V25", "timeline[3].parallel[1].easing", "\"wobble\"", "timeline[3].parallel[1].easing", Severity.Warning)]
    [InlineData("V26", "timeline[1].duration", "\"abc\"", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "\"1 sec\"", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "\" 1s\"", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "\".s\"", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "-1", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "null", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[1].duration", "[1]", "timeline[1].duration", Severity.Error)]
    [InlineData("V26", "timeline[0].duration", "\"soon\"", "timeline[0].duration", Severity.Error)]
    [InlineData("V26", "timeline[3].parallel[0].duration", "\"1h\"", "timeline[3].parallel[0].duration", Severity.Error)]
    public void RuleFiresAtItsPath(string rule, string patchPath, string json, string expectedPath, Severity severity)
    {
        var diagnostics = Validate(Patch(Base(), patchPath, json));

        Assert.True(diagnostics.Any(d => d.Path == expectedPath && d.Severity == severity),
            $"{rule}: expected a {severity} at {expectedPath}, got:\n{Dump(diagnostics)}");
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
    }

    [Theory]
    [InlineData("V13", "objects[0].type", "\"circle\"")]
    [InlineData("V21", "timeline[1].action", "\"fade-inn\"")]
    [InlineData("V25", "timeline[1].easing", "\"wobble\"")]
    [InlineData("V6", "meta.easing", "\"bouncy\"")]
    public void WarningRulesDoNotBlockRendering(string rule, string patchPath, string json)
    {
        var diagnostics = Validate(Patch(Base(), patchPath, json));
        Assert.True(diagnostics.All(d => !d.IsError), $"{rule}:\n{Dump(diagnostics)}");
    }

    [Fact]
    public void PathPrefixIsPrepended()
    {
        var manifest = Patch(Base(), "timeline[3].parallel[0].target", "\"ghost\"");
        var diagnostics = Validate(manifest, "scenes[1].manifest.");
        var d = Assert.Single(diagnostics);
        Assert.Equal("scenes[1].manifest.timeline[3].parallel[0].target", d.Path);
    }

    [Fact]
    public void MessagesQuoteIdsAndSayWhatIsExpected()
    {
        string Message(string path, string json, string at) =>
            Validate(Patch(Base(), path, json)).First(d => d.Path == at).Message;

        Assert.Contains("\"title\"", Message("objects[1].id", "\"title\"", "objects[1].id"));
        Assert.Contains("\"ghost\"", Message("timeline[1].target", "\"ghost\"", "timeline[1].target"));
        var variant = Message("objects[2].variant", "\"heap\"", "objects[2].variant");
        Assert.Contains("queue, stack, array, linked-list", variant);
        Assert.Contains("\"q\"", variant);
        var duration = Message("timeline[1].duration", "\"abc\"", "timeline[1].duration");
        Assert.Contains("invalid duration \"abc\"", duration);
        Assert.Contains("\"0.5s\"", duration);
        Assert.Contains("500ms", duration);
        Assert.Contains("\"$unknown\"", Message("timeline[2].color", "\"$unknown\"", "timeline[2].color"));
        Assert.Contains("\"Z\"", Message("objects[1].edges[0].from", "\"Z\"", "objects[1].edges[0].from"));
        Assert.Contains("highlight-node", Message("timeline[2].node", Remove, "timeline[2].node"));
        Assert.Contains("did you mean \"fade-in\"", Message("timeline[1].action", "\"fade-inn\"", "timeline[1].action"));
        Assert.Contains("did you mean \"easeInOutCubic\"", Message("meta.easing", "\"easeinoutcubic\"", "meta.easing"));
    }

    [Fact]
    public void MissingVariantReportsBothV14AndV17()
    {
        var diagnostics = Validate(Patch(Base(), "objects[2].variant", Remove));
        Assert.Equal(2, diagnostics.Count(d => d.Path == "objects[2].variant" && d.IsError));
    }

    [Fact]
    public void ExplicitNullCountsAsPresentForRequiredFields()
    {
        // V14: null content is present; V22: null value/node are present (only V26 treats a null duration as invalid).
        var manifest = Patch(Base(), "objects[0].content", "null");
        Patch(manifest, "timeline[0].value", "null");
        Patch(manifest, "timeline[2].node", "null");
        var diagnostics = Validate(manifest);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void DuplicateAndTypelessObjectsStayTargetable()
    {
        var diagnostics = ValidateYaml("""
            meta: { title: T, canvas: { width: 800, height: 600 } }
            objects:
              - { id: a, type: text, content: "", position: { x: 1, y: 1 } }
              - { id: a, type: text, content: "", position: { x: 1, y: 1 } }
              - { id: b }
              - { id: c, type: blob }
            timeline:
              - { action: fade-in, target: b, duration: 1s }
              - { action: fade-in, target: c, duration: 1s }
              - { action: fade-in, target: a, duration: 1s }
            """);
        Assert.Equal(["objects[1].id", "objects[2].type"], diagnostics.Where(d => d.IsError).Select(d => d.Path));
        Assert.Contains(diagnostics, d => d.Path == "objects[3].type" && !d.IsError);
        Assert.DoesNotContain(diagnostics, d => d.Path.StartsWith("timeline"));
    }

    [Fact]
    public void ObjectWithoutIdIsSkippedFromFurtherChecks()
    {
        var diagnostics = ValidateYaml("""
            meta: { title: T, canvas: { width: 800, height: 600 } }
            objects: [ { type: graph } ]
            timeline: []
            """);
        Assert.Equal("objects[0].id", Assert.Single(diagnostics).Path);
    }

    [Fact]
    public void ListDefaultsAndPaletteAndFalsyScalarsAreNotFlagged()
    {
        // V7/V8 only fire for a non-empty scalar: lists and empty values are tolerated by the reference.
        foreach (var value in new[] { "[]", "[1, 2]", "\"\"", "0", "false", "null" })
        {
            var manifest = Patch(Patch(Base(), "meta.defaults", value), "meta.palette", value);
            Patch(manifest, "timeline[2].color", "\"#ff0000\"");
            var diagnostics = Validate(manifest);
            Assert.True(diagnostics.Count == 0, $"{value}:\n{Dump(diagnostics)}");
        }
    }

    [Fact]
    public void SetTextDurationIsOptionalButMustBeValidWhenPresent()
    {
        Assert.DoesNotContain(Validate(Base()), d => d.Path.StartsWith("timeline[0]"));
        Assert.Empty(Validate(Patch(Base(), "timeline[0].duration", "\"0.3s\"")));
        Assert.Contains(Validate(Patch(Base(), "timeline[0].duration", "null")), d => d.Path == "timeline[0].duration" && d.IsError);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("\"0.5s\"")]
    [InlineData("\"1 s\"")]
    [InlineData("\".5s\"")]
    [InlineData("\"500ms\"")]
    [InlineData("\"250 ms\"")]
    [InlineData("\"1.2.3s\"")]
    public void ValidDurationsPass(string json) => Assert.Empty(Validate(Patch(Base(), "timeline[1].duration", json)));

    [Fact]
    public void UnknownActionSkipsRemainingChecks()
    {
        var manifest = Patch(Base(), "timeline[1]", """{"action": "wiggle", "target": "ghost", "duration": "abc", "color": "$nope"}""");
        var d = Assert.Single(Validate(manifest));
        Assert.Equal("timeline[1].action", d.Path);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void NonStringColorIsNoPaletteErrorAndNoCrash()
    {
        foreach (var value in new[] { "5", "[\"$x\"]", "{\"$x\": 1}", "true" })
        {
            var diagnostics = Validate(Patch(Base(), "timeline[2].color", value));
            Assert.DoesNotContain(diagnostics, d => d.IsError);
        }
    }

    [Fact]
    public void ChecksTheReferenceDoesNotPerformAreNotErrors()
    {
        var diagnostics = ValidateYaml("""
            meta: { title: T, canvas: { width: 800, height: 600 } }
            objects:
              - { id: t, type: tree, root: nowhere, position: { x: 1, y: 1 }, nodes: [ { id: a, parent: zz, side: up } ] }
              - { id: g, type: graph, nodes: [ { id: A, x: left, y: [] } ], edges: [] }
              - { id: s, type: text, content: 42, position: { x: 1, y: 1 } }
              - { id: q, type: data-structure, variant: stack, position: { x: 1, y: 1 } }
            timeline:
              - { action: highlight-node, target: g, node: NOPE, color: "#fff", duration: 1s }
              - { action: highlight-edge, target: g, edge: [A, Q], color: "#fff", duration: 1s }
              - { action: set-cell, target: q, index: 99, value: x, duration: 1s }
              - { action: push, target: q, values: { a: 1 }, duration: 1s }
              - { action: highlight-node, target: s, node: A, color: "#fff", duration: 1s }
            """);
        Assert.True(diagnostics.All(d => !d.IsError), Dump(diagnostics));
    }

    [Theory]
    [InlineData("{ action: highlight-node, target: label, node: A, color: \"#fff\", duration: 1s }", "timeline[0].target")]
    [InlineData("{ action: enqueue, target: g, values: [1], duration: 1s }", "timeline[0].target")]
    [InlineData("{ action: insert-node, target: g, node: n, parent: A, side: left, duration: 1s }", "timeline[0].target")]
    [InlineData("{ action: set-text, target: q, value: x }", "timeline[0].target")]
    [InlineData("{ action: set-style, target: q, style: { color: red }, duration: 1s }", "timeline[0].target")]
    [InlineData("{ action: set-style, target: g, style: { nodeColor: red }, duration: 1s }", "timeline[0].node")]
    [InlineData("{ action: swap-cells, target: q, indices: [1], duration: 1s }", "timeline[0].indices")]
    [InlineData("{ action: set-cell, target: q, index: first, value: x, duration: 1s }", "timeline[0].index")]
    [InlineData("{ action: highlight-edge, target: g, edge: A, color: \"#fff\", duration: 1s }", "timeline[0].edge")]
    [InlineData("{ action: insert-node, target: t, node: n, parent: r, side: middle, duration: 1s }", "timeline[0].side")]
    [InlineData("{ action: move-to, target: label, position: [1, 2], duration: 1s }", "timeline[0].position")]
    [InlineData("{ action: camera-zoom, scale: big, duration: 1s }", "timeline[0].scale")]
    [InlineData("{ action: highlight-node, target: g, node: A, color: 7, duration: 1s }", "timeline[0].color")]
    public void RuntimeProblemsAreWarnings(string action, string expectedPath)
    {
        var diagnostics = ValidateYaml($$"""
            meta: { title: T, canvas: { width: 800, height: 600 } }
            objects:
              - { id: label, type: text, content: "", position: { x: 1, y: 1 } }
              - { id: g, type: graph, nodes: [ { id: A, x: 1, y: 1 } ], edges: [] }
              - { id: q, type: data-structure, variant: array, position: { x: 1, y: 1 } }
              - { id: t, type: tree, root: r, nodes: [ { id: r } ], position: { x: 1, y: 1 } }
            timeline:
              - {{action}}
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal(expectedPath, d.Path);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void EntryWithParallelIsABlockEvenWithAction()
    {
        var manifest = Patch(Base(), "timeline[3].action", "\"pause\"");
        var d = Assert.Single(Validate(manifest));
        Assert.Equal("timeline[3].action", d.Path);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.ExamplesDir, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml") || f.EndsWith(".yml") || f.EndsWith(".json")).Order())
            data.Add(Path.GetRelativePath(TestPaths.ExamplesDir, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ShippedExamplesHaveNoErrors(string relativePath)
    {
        var document = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, relativePath));
        Assert.True(document.IsValid, Dump(document.Errors));
        Assert.NotEmpty(document.Show.Scenes);
    }

    [Fact]
    public void ExamplesFolderHasAllKindsOfDocuments()
    {
        var files = ((IEnumerable<object[]>)ExampleFiles()).Select(row => (string)row[0]).ToList();
        Assert.Contains(files, f => f.EndsWith("show.yaml"));
        Assert.Contains(files, f => f.StartsWith("presets") && f.EndsWith(".json"));
        Assert.True(files.Count >= 10, string.Join(", ", files));
    }

    [Fact]
    public void SingleSceneUnknownPaletteRefIsAnErrorThroughThePipeline()
    {
        var document = ManifestPipeline.LoadText(Patch(Base(), "timeline[2].color", "\"$nope\"").ToJsonString());
        Assert.Contains(document.Errors, d => d.Path == "timeline[2].color");
    }

    [Fact]
    public void ShowScenesAreValidatedAfterInheritanceAndPaletteResolution()
    {
        var document = ManifestPipeline.LoadText("""
            meta:
              title: Show
              canvas: { width: 1920, height: 1080 }
              palette: { hot: "#f00" }
            scenes:
              - name: one
                manifest:
                  meta: { title: One }
                  objects: [ { id: g, type: graph, nodes: [ { id: A, x: 1, y: 1 } ], edges: [] } ]
                  timeline:
                    - { action: highlight-node, target: g, node: A, color: $hot, duration: 1s }
                    - { action: highlight-node, target: g, node: A, color: $missing, duration: 1s }
                    - { action: fade-in, target: ghost, duration: 1s }
            """);
        // canvas inherited (no V3), $hot inherited, $missing falls back with a warning, ghost is an error.
        var error = Assert.Single(document.Errors);
        Assert.Equal("scenes[0].manifest.timeline[2].target", error.Path);
        Assert.Contains(document.Warnings, d => d.Path == "scenes[0].manifest.timeline[1].color");
    }

    public static TheoryData<string> MalformedDocuments() => new()
    {
        "{}",
        """{"meta": [], "objects": "x", "timeline": 5}""",
        """{"meta": "title", "objects": {}, "timeline": {}}""",
        """{"meta": {"title": [], "canvas": [], "easing": 5, "defaults": 1, "palette": "p"}, "objects": [], "timeline": []}""",
        """{"meta": {"title": {}, "canvas": {"width": "wide", "height": -1}}, "objects": [], "timeline": []}""",
        """{"meta": {"title": "t", "canvas": {"width": 1, "height": 1}}, "objects": ["a", 1, null, [], true, {"id": []}, {"id": {}, "type": 1}], "timeline": [1, "a", null, [], {"parallel": 1}, {"parallel": [1, null, [], {"parallel": []}]}]}""",
        """{"meta": {"title": "t", "canvas": {"width": 1, "height": 1}}, "objects": [{"id": "g", "type": "graph", "nodes": 5, "edges": [1, null, {"from": [], "to": {}}]}, {"id": "q", "type": "data-structure", "variant": [], "position": 3}, {"id": "t", "type": "tree", "nodes": "x", "variant": 2, "root": null, "position": null}, {"id": "x", "type": ["text"]}], "timeline": []}""",
        """{"meta": {"title": "t", "canvas": {"width": 1, "height": 1}, "palette": {"a": null}}, "objects": [], "timeline": [{"action": []}, {"action": {}}, {"action": 5}, {"action": "fade-in", "target": [], "color": [], "easing": [], "duration": {}}, {"action": "highlight-node", "target": {}, "node": [], "color": "$", "duration": "$"}, {"action": "highlight-node", "color": "$a"}, {"action": "swap-cells", "indices": "x"}, {"action": "camera-zoom", "scale": null, "target": null}]}""",
        """{"meta": {"title": "t", "canvas": {"width": 1, "height": 1}}, "objects": [], "timeline": [{"parallel": [{"action": "pause", "duration": [[[[[[[[[[[]]]]]]]]]]]}], "action": "pause"}]}""",
    };

    [Theory]
    [MemberData(nameof(MalformedDocuments))]
    public void MalformedInputGivesErrorsNotExceptions(string json)
    {
        var manifest = JsonNode.Parse(json)!.AsObject();
        var diagnostics = Validate(manifest, "p.");
        Assert.Contains(diagnostics, d => d.IsError);
        Assert.All(diagnostics, d => Assert.StartsWith("p.", d.Path));

        var document = ManifestPipeline.FromNode(JsonNode.Parse(json));
        Assert.False(document.IsValid);
    }

    [Fact]
    public void EveryNodeReplacedByJunkNeverThrows()
    {
        JsonNode?[] junk() => [null, JsonValue.Create(0), JsonValue.Create(-1.5), JsonValue.Create(""), JsonValue.Create("$x"),
            JsonValue.Create(true), new JsonArray(), new JsonObject(), new JsonArray(new JsonArray(new JsonObject { ["parallel"] = new JsonArray() })),
            JsonValue.Create(double.NaN)];
        var paths = new List<string>();
        Collect(Base(), "", paths);
        Assert.True(paths.Count > 80);

        var runs = 0;
        foreach (var path in paths)
        {
            for (var k = 0; k < junk().Length; k++)
            {
                var manifest = Base();
                Replace(manifest, path, junk()[k]);
                var diagnostics = ManifestValidator.Validate(manifest);
                Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
                runs++;
            }
        }
        Assert.True(runs > 800);
    }

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        if (path.Length > 0) paths.Add(path);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) Collect(value, path.Length == 0 ? key : $"{path}.{key}", paths);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Collect(a[i], $"{path}[{i}]", paths);
                break;
        }
    }

    private static void Replace(JsonObject root, string path, JsonNode? value)
    {
        var segments = Regex.Matches(path, @"([^.\[\]]+)|\[(\d+)\]")
            .Select(m => m.Groups[2].Success ? (object)int.Parse(m.Groups[2].Value) : m.Groups[1].Value).ToList();
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
            parent = (segment is string key ? parent[key] : parent[(int)segment])!;
        if (segments[^1] is string last) parent[last] = value;
        else parent[(int)segments[^1]] = value;
    }

    [Fact]
    public void RandomJunkDocumentsNeverThrow()
    {
        var random = new Random(12345);
        string[] keys = ["meta", "title", "canvas", "width", "height", "easing", "defaults", "palette", "objects", "id", "type",
            "nodes", "edges", "from", "to", "variant", "position", "root", "content", "timeline", "parallel", "action", "target",
            "duration", "color", "node", "edge", "index", "indices", "side", "scale", "style", "values", "value"];
        string[] strings = ["graph", "tree", "text", "data-structure", "queue", "fade-in", "highlight-node", "set-style", "swap-cells",
            "insert-node", "camera-zoom", "pause", "$a", "1s", "abc", "", "A", "g", "left", "easeInOutCubic"];

        JsonNode? Make(int depth)
        {
            switch (random.Next(depth > 5 ? 5 : 8))
            {
                case 0: return null;
                case 1: return JsonValue.Create(random.Next(-2, 3));
                case 2: return JsonValue.Create(random.Next(2) == 0);
                case 3: case 4: return JsonValue.Create(strings[random.Next(strings.Length)]);
                case 5:
                    var list = new JsonArray();
                    for (var i = random.Next(4); i > 0; i--) list.Add(Make(depth + 1));
                    return list;
                default:
                    var map = new JsonObject();
                    for (var i = random.Next(6); i > 0; i--) map[keys[random.Next(keys.Length)]] = Make(depth + 1);
                    return map;
            }
        }

        for (var n = 0; n < 3000; n++)
        {
            var manifest = new JsonObject { ["meta"] = Make(1), ["objects"] = Make(1), ["timeline"] = Make(1) };
            var diagnostics = ManifestValidator.Validate(manifest, "x.");
            // Every problem is reported at a path under the prefix, with a message; junk meta is always an error there.
            Assert.All(diagnostics, d => Assert.True(d.Path.StartsWith("x.") && d.Message.Length > 0, d.ToString()));
            if (manifest["meta"] is not JsonObject)
                Assert.Contains(diagnostics, d => d.IsError && d.Path.StartsWith("x.meta"));
        }
    }

    [Fact]
    public void DeeplyNestedJunkNeverThrows()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 1000; i++) deep = i % 2 == 0 ? new JsonArray(deep) : new JsonObject { ["parallel"] = deep, ["action"] = "x" };
        var manifest = new JsonObject
        {
            ["meta"] = new JsonObject { ["title"] = "t", ["canvas"] = new JsonObject { ["width"] = 1, ["height"] = 1 }, ["palette"] = deep.DeepClone() },
            ["objects"] = new JsonArray(deep.DeepClone(), new JsonObject { ["id"] = deep.DeepClone(), ["type"] = "graph" }),
            ["timeline"] = new JsonArray(deep.DeepClone(), new JsonObject { ["parallel"] = new JsonArray(deep.DeepClone()) }),
        };
        Assert.Contains(ManifestValidator.Validate(manifest), d => d.IsError);
    }

    [Fact]
    public void HugeManifestWithManyUnknownTargetsStaysFast()
    {
        var objects = new JsonArray();
        var timeline = new JsonArray();
        for (var i = 0; i < 20_000; i++)
        {
            objects.Add(new JsonObject { ["id"] = $"object-{i}", ["type"] = "text", ["content"] = "", ["position"] = new JsonObject { ["x"] = 1, ["y"] = 1 } });
            timeline.Add(new JsonObject { ["action"] = "fade-in", ["target"] = $"object-{i}x", ["duration"] = 1 });
        }
        var manifest = new JsonObject
        {
            ["meta"] = new JsonObject { ["title"] = "t", ["canvas"] = new JsonObject { ["width"] = 1, ["height"] = 1 } },
            ["objects"] = objects,
            ["timeline"] = timeline,
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = ManifestValidator.Validate(manifest);
        Assert.Equal(20_000, diagnostics.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ActionCatalogListsAllTwentyTwoActions()
    {
        // The spec's 22 come first, in its summary-table order; registered extensions follow.
        Assert.Equal("fade-in", ActionCatalog.Actions[0].Name);
        Assert.Equal("pause", ActionCatalog.Actions[21].Name);
        Assert.True(ActionCatalog.Actions.Count >= 22);
        Assert.Equal(ActionCatalog.Actions.Count, ActionCatalog.Names.Count);
        Assert.True(ActionCatalog.TryGet("set-text", out var setText));
        Assert.Equal(["target", "value"], setText.RequiredFields);
        Assert.True(ActionCatalog.TryGet("insert-node", out var insert));
        Assert.Equal(["target", "node", "parent", "side", "duration"], insert.RequiredFields);
        Assert.True(ActionCatalog.TryGet("camera-zoom", out var zoom));
        Assert.Equal(["scale", "duration"], zoom.RequiredFields);
        Assert.True(ActionCatalog.TryGet("pause", out var pause));
        Assert.Equal(["duration"], pause.RequiredFields);
        Assert.False(ActionCatalog.TryGet("explode", out _));
        Assert.All(ActionCatalog.Actions.Take(22).Where(a => a.Name != "set-text"), a => Assert.True(a.DurationRequired));
    }
}
