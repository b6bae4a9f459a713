using AnimPlatform.Web.Assets;
using Microsoft.AspNetCore.Http;

namespace AnimPlatform.Tests.Pages;

/// <summary>The code editor's versioned addresses: which package file each stands for, and what is refused.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class EditorAssetsTests
{
    [Fact]
    public void A_versioned_address_stands_for_the_package_file()
    {
        Assert.Matches("^[0-9a-f]{10}$", EditorAssets.Version);
        Assert.Equal($"_editor/{EditorAssets.Version}/vs", EditorAssets.VsFolder);
        Assert.Equal(new PathString("/_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js"),
            EditorAssets.Rewrite($"/_editor/{EditorAssets.Version}/vs/editor/editor.main.js"));
        Assert.Equal(new PathString("/_content/BlazorMonaco/lib/monaco-editor/min/vs/base/browser/ui/codicons/codicon/codicon.ttf"),
            EditorAssets.Rewrite("/_editor/0123456789/vs/base/browser/ui/codicons/codicon/codicon.ttf"));
    }

    [Theory]
    [InlineData("/_editor")]
    [InlineData("/_editor/abc")]
    [InlineData("/_editor/abc/other/file.js")]
    [InlineData("/_editor/abc/vs/../../../appsettings.json")]
    [InlineData("/_editorx/abc/vs/loader.js")]
    [InlineData("/js/app.js")]
    public void Other_addresses_are_left_alone(string path) => Assert.Null(EditorAssets.Rewrite(path));
}
