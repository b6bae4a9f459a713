using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Components.Jobs;
using AnimPlatform.Web.Components.Settings;
using AnimPlatform.Web.Docs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AnimPlatform.Web.Templates;

public static class PagesServiceCollectionExtensions
{
    /// <summary>
    /// Services the pages use besides Core's: the user's templates (<see cref="TemplateStore"/>, over the jobs
    /// database of AddJobs), the preset and template library, the manifest reference of the Docs page and the
    /// tool versions (ffmpeg, espeak-ng) of the Settings page.
    /// </summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TemplateStore>();
        services.TryAddSingleton<PresetLibrary>();
        services.TryAddSingleton<ManifestReference>();
        services.TryAddSingleton<ToolVersions>();
        services.TryAddScoped<JobCommands>();
        services.TryAddSingleton<JobLibrary>();
        services.TryAddSingleton<JobCounts>();
        services.TryAddScoped<AnimPlatform.Web.Drafts.DraftStorage>();
        services.TryAddScoped<AnimPlatform.Web.Drafts.DraftSubmitter>();
        services.TryAddScoped<AnimPlatform.Web.Components.Layout.ThemeState>();
        return services;
    }
}
