using Npgsql;

namespace AnimPlatform.Web.Distributed;

/// <summary>DATABASE_URL as an Npgsql connection string: postgres://user:password@host:port/database[?sslmode=…], or an Npgsql string as is.</summary>
public static class DatabaseUrl
{
    public static string ToConnectionString(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Split(':', 2) is [var user, ..] && user.Length > 0) builder.Username = Uri.UnescapeDataString(user);
        if (uri.UserInfo.Split(':', 2) is [_, var password]) builder.Password = Uri.UnescapeDataString(password);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, val) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(val);
        }
        return builder.ConnectionString;
    }
}
