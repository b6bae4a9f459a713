using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>Spec §13.1 V9–V17: the <c>objects</c> list (per-kind checks from the kind descriptors); registers object ids for the timeline checks.</summary>
internal static class ObjectRules
{
    public static void Check(JsonObject manifest, ValidationContext ctx)
    {
        var objects = manifest["objects"];
        if (objects is not JsonArray list)
        {
            ctx.Error("objects", objects is null
                ? "missing objects (must be an array of object definitions; use [] for none)"
                : $"objects must be an array of object definitions, not {Describe.Kind(objects)}"); // V9
            return;
        }
        for (var i = 0; i < list.Count; i++)
            CheckObject(list[i], $"objects[{i}]", i, ctx);
        // Links between objects (a pointer's host) once every id is known: the host may come later.
        for (var i = 0; i < list.Count; i++)
            if (list[i] is JsonObject o && VocabularyRegistry.TryGetKind(o["type"].AsString(), out var kind) && kind.CheckLinks is { } links
                && o["id"].ScalarText() is { Length: > 0 } id && ctx.Objects.TryGetValue(id, out var registered) && registered.Index == i)
                links(o, $"objects[{i}]", Describe.Quote(id), ctx);
    }

    private static void CheckObject(JsonNode? item, string path, int index, ValidationContext ctx)
    {
        if (item is not JsonObject o)
        {
            ctx.Error(path, $"object definition must be a mapping with id and type, not {Describe.Kind(item)} (object skipped)");
            return;
        }

        var id = o["id"].ScalarText();
        if (string.IsNullOrEmpty(id)) // V10
        {
            ctx.Error($"{path}.id", o["id"] is JsonArray or JsonObject
                ? $"object id must be a string, not {Describe.Kind(o["id"])} (object skipped from further checks)"
                : "object missing id (object skipped from further checks)");
            return;
        }

        var typeNode = o["type"];
        var type = typeNode.AsString();
        if (ctx.Objects.TryGetValue(id, out var first)) // V11
            ctx.Error($"{path}.id", $"duplicate object id {Describe.Quote(id)} (already used by objects[{first.Index}])");
        else
            ctx.Objects[id] = new RegisteredObject(id, type, index, o);

        var name = Describe.Quote(id);
        if (typeNode is null || type == "") // V12
        {
            ctx.Error($"{path}.type", $"object {name} missing type (skipped); expected one of {Describe.List(ActionCatalog.ObjectTypes)}");
            return;
        }
        if (!VocabularyRegistry.TryGetKind(type, out var kind)) // V13
        {
            ctx.Warning($"{path}.type", $"object {name} has unknown type {Describe.Value(typeNode)} (skipped); expected one of "
                + Describe.List(ActionCatalog.ObjectTypes) + ctx.Suggest(type, ActionCatalog.ObjectTypes));
            return;
        }

        foreach (var field in kind.RequiredFieldNames) // V14
            if (!o.ContainsKey(field))
                ctx.Error($"{path}.{field}", $"object {name} (type {type}) missing required field {field}");

        FieldChecks.Check(o, kind.Fields, path, $"{type} {name}", ctx);
        kind.Check?.Invoke(o, path, name, ctx);
    }

    public static bool IsPoint(JsonNode? node) =>
        node is JsonObject && node["x"].AsNumber() is { } x && double.IsFinite(x) && node["y"].AsNumber() is { } y && double.IsFinite(y);
}
