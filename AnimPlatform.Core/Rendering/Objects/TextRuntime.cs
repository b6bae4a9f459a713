using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>Spec §7.4: a text whose root sits at the centre of its box.</summary>
public sealed class TextRuntime : ObjectRuntime
{
    public TextElement Text { get; }

    public TextRuntime(TextDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        var style = new StyleReader(def.Style);
        var font = FontSpec.Parse(style.Text("font"));
        var align = style.Text("align") is "center" or "right" ? style.Text("align")! : "left";
        Text = Root.Add(new TextElement(def.Content, style.Color("color", "#ffffff"), font.Size, font.Bold, font.Family, align) { MaxWidth = def.MaxWidth });
    }
}
