using System.Globalization;

namespace AnimPlatform.Web.Cli;

/// <summary>Positional arguments and --options of one CLI verb.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--") || (a.StartsWith('-') && a.Length == 2 && !char.IsDigit(a[1])))
            {
                var key = a.TrimStart('-');
                var value = i + 1 < list.Count && !list[i + 1].StartsWith("--") ? list[++i] : null;
                _options[key] = value;
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string key) => _options.ContainsKey(key);

    public string? Get(params string[] keys) => keys.Select(k => _options.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    public int? Int(string key)
    {
        var v = Get(key);
        if (v is null) return null;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CliUsageException($"--{key} needs a whole number, got \"{v}\"");
    }

    public double? Double(string key)
    {
        var v = Get(key);
        if (v is null) return null;
        return double.TryParse(v.TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw new CliUsageException($"--{key} needs a number, got \"{v}\"");
    }
}
