using System.Globalization;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>Query-string values read by hand, so a bad value becomes an error with its name instead of a bare 400.</summary>
internal static class QueryParameters
{
    public static int? Int(IQueryCollection query, string name, List<ApiDiagnostic> errors)
    {
        if (Text(query, name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(new ApiDiagnostic(name, $"{name} must be a whole number; got \"{text}\""));
        return null;
    }

    public static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.FirstOrDefault()) ? values[0]!.Trim() : null;
}
