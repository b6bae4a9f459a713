namespace AnimPlatform.Web.Templates;

public static class PagesServiceCollectionExtensions
{
    /// <summary>Services the pages use besides Core's: the preset and template library.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddSingleton<PresetLibrary>();
        return services;
    }
}
