using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using AnimPlatform.Core.Rendering.Code;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-code (extension): replaces the code of a panel.</summary>
internal static class SetCodeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-code",
        Doc = "Replaces a code panel's code: old lines fade out, the panel resizes, new lines fade in.",
        Extension = true,
        TargetKinds = [CodeKind.Type],
        Fields =
        [
            Req("code", FieldType.Any, "the new code: a string or a list of lines"),
            Opt("language", FieldType.String, string.Join(", ", SyntaxColorizer.LanguageNames), "unchanged"),
        ],
        DefaultDuration = "0.6s",
        Handler = new SetCodeHandler(),
        Example = "{ action: set-code, target: code, code: \"return -1\", duration: 0.6s }",
        Repair = (a, _, _) => Normalization.LenientValues.Missing(a, "code") ? "needs code" : null,
    };
}
