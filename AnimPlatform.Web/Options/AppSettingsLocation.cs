namespace AnimPlatform.Web.Options;

/// <summary>
/// Finds appsettings.json when the app is started from another folder (`dotnet /opt/anim/AnimPlatform.Web.dll`):
/// the host looks for it in the working directory only, so without this the defaults in it (quiet logging, the
/// AnimPlatform section) would be silently ignored.
/// </summary>
public static class AppSettingsLocation
{
    public static IConfigurationBuilder AddAppSettingsBesideBinary(this IConfigurationManager configuration, IHostEnvironment environment)
    {
        var beside = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json"))
            || Path.GetFullPath(environment.ContentRootPath).TrimEnd('/') == Path.GetFullPath(beside).TrimEnd('/'))
            return configuration;
        // Inserted first, so environment variables and the command line still win over it.
        var sources = ((IConfigurationBuilder)configuration).Sources;
        var folder = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(beside);
        var file = new ConfigurationBuilder()
            .AddJsonFile(folder, "appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile(folder, $"appsettings.{environment.EnvironmentName}.json", optional: true, reloadOnChange: false);
        for (var i = file.Sources.Count - 1; i >= 0; i--) sources.Insert(0, file.Sources[i]);
        return configuration;
    }
}
