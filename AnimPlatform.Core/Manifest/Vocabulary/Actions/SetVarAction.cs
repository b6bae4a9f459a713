using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-var (extension): changes one row of a variables panel with a short flash.</summary>
internal static class SetVarAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-var",
        Doc = "Changes one variable of a watch panel; its row flashes.",
        Extension = true,
        TargetKinds = [VariablesKind.Type],
        Fields = [Req("name", FieldType.String, "the variable (declared in vars)"), Req("value", FieldType.Any, "its new value")],
        DefaultDuration = "0.4s",
        Handler = new SetVarHandler(),
        Example = "{ action: set-var, target: vars, name: comparisons, value: 3, duration: 0.4s }",
        Repair = (a, _, _) =>
        {
            if (Normalization.LenientValues.Missing(a, "name")) return "needs name";
            Normalization.LenientValues.AsText(a, "value");
            return null;
        },
    };
}
