namespace AnimPlatform.Tests;

/// <summary>
/// Test lanes, used as <c>[Trait("Category", ...)]</c> on every test class.
/// <c>scripts/test.sh --fast</c> runs only <see cref="Unit"/>; the plain command runs all four.
/// </summary>
public static class TestCategory
{
    /// <summary>In-process, no host, no ffmpeg, no browser: milliseconds each.</summary>
    public const string Unit = "unit";
    /// <summary>Starts an in-process host, a database, ffmpeg or another external tool.</summary>
    public const string Integration = "integration";
    /// <summary>Drives headless Chromium through Playwright.</summary>
    public const string Browser = "browser";
    /// <summary>Faults, crashes, load and fuzzing against a running app.</summary>
    public const string Reliability = "reliability";
}
