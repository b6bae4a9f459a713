using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnimPlatform.Tests.Jobs;

/// <summary>The Polly pipeline that retries database writes while SQLite says busy/locked.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class DatabaseRetryTests
{
    [Fact]
    public async Task A_busy_write_is_retried_until_it_goes_through()
    {
        var attempts = 0;
        var result = await DatabaseRetry.RunAsync(() =>
        {
            if (++attempts < 3) throw new SqliteException("database is locked", 5);
            return Task.FromResult(true);
        }, TimeSpan.FromSeconds(30), NullLogger.Instance, "a test write", CancellationToken.None);
        Assert.True(result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseRetry.RunAsync<bool>(() =>
        {
            attempts++;
            throw new InvalidOperationException("not a lock");
        }, TimeSpan.FromSeconds(30), NullLogger.Instance, "a test write", CancellationToken.None));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task After_the_window_the_last_busy_error_is_thrown()
    {
        var attempts = 0;
        var error = await Assert.ThrowsAsync<SqliteException>(() => DatabaseRetry.RunAsync<bool>(() =>
        {
            attempts++;
            throw new SqliteException("database is locked", 5);
        }, TimeSpan.FromMilliseconds(500), NullLogger.Instance, "a test write", CancellationToken.None));
        Assert.Equal(5, error.SqliteErrorCode);
        Assert.InRange(attempts, 2, 4); // 200 ms, then 400 ms: the window closes after the second or third try
    }

    [Fact]
    public async Task Cancelling_stops_the_waiting()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatabaseRetry.RunAsync<bool>(
            () => throw new SqliteException("database is locked", 6), Timeout.InfiniteTimeSpan, NullLogger.Instance, "a test write", cancel.Token));
    }
}
