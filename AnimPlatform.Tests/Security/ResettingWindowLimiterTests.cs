using System.Threading.RateLimiting;
using AnimPlatform.Web.Security;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Security;

/// <summary>Retry-After is the time left in the client's window, not a whole window every time.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ResettingWindowLimiterTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_refusal_says_when_the_window_resets_and_the_quota_comes_back_then()
    {
        using var limiter = new ResettingWindowLimiter(3, TimeSpan.FromMinutes(1), _clock);
        for (var i = 0; i < 3; i++) Assert.True(limiter.AttemptAcquire().IsAcquired);

        Assert.Equal(TimeSpan.FromSeconds(60), RetryAfter(limiter.AttemptAcquire()));
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(40), RetryAfter(limiter.AttemptAcquire()));
        _clock.Advance(TimeSpan.FromSeconds(39));
        Assert.Equal(TimeSpan.FromSeconds(1), RetryAfter(limiter.AttemptAcquire()));

        _clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++) Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.Equal(TimeSpan.FromSeconds(60), RetryAfter(limiter.AttemptAcquire()));
    }

    [Fact]
    public void Windows_follow_each_other_from_the_first_request_after_a_quiet_spell()
    {
        using var limiter = new ResettingWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        _clock.Advance(TimeSpan.FromSeconds(150)); // two and a half windows with nothing
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter(limiter.AttemptAcquire()));
    }

    [Fact]
    public void A_limiter_with_permits_spent_is_never_idle_so_its_quota_is_not_dropped()
    {
        using var limiter = new ResettingWindowLimiter(2, TimeSpan.FromMinutes(1), _clock);
        Assert.NotNull(limiter.IdleDuration);
        limiter.AttemptAcquire();
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(limiter.IdleDuration);
        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.IdleDuration);
    }

    private static TimeSpan? RetryAfter(RateLimitLease lease)
    {
        Assert.False(lease.IsAcquired);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
    }
}
