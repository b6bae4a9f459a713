using AnimPlatform.Tools.Fuzz;
using CsCheck;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// Property: any structure-aware mutation of a real manifest ends in a result or a clear validation error —
/// never an exception — within 2 s and 200 MB of allocation. CsCheck draws the case seeds and, on failure,
/// shrinks to the smallest failing seed (replay it with `fuzz &lt;examples&gt; --seed N --cases 1`).
/// </summary>
[Trait("Category", TestCategory.Reliability)]
public class FuzzTests
{
    private static readonly ManifestMutator Mutator = ManifestMutator.FromExamples(TestPaths.ExamplesDir);

    [Fact]
    public void Mutated_manifests_never_throw_and_stay_within_time_and_memory()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var outcome = FuzzCase.RunAsync(Mutator.Case(seed), encode: seed % 97 == 0).GetAwaiter().GetResult();
            if (outcome.Failure is not null)
                throw new Exception($"case {seed}: {outcome.Failure.GetType().Name}: {outcome.Failure.Message}", outcome.Failure);
            // Wall time on a shared 2-core machine includes other tests' work: a slow case is re-timed alone as the
            // fuzz verb does (best of three after a collection); a genuinely slow input is slow every time.
            if (outcome.Seconds > FuzzCommand.MaxSecondsPerCase
                && FuzzCommand.RetimeAloneAsync(Mutator.Case(seed), encode: false, CancellationToken.None).GetAwaiter().GetResult() is var alone
                && alone > FuzzCommand.MaxSecondsPerCase)
                throw new Exception($"case {seed} took {outcome.Seconds:0.00} s, {alone:0.00} s re-timed alone");
            if (outcome.AllocatedBytes > FuzzCommand.MaxBytesPerCase) throw new Exception($"case {seed} allocated {outcome.AllocatedBytes / 1048576} MB");
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Mutations_produce_both_valid_and_invalid_documents()
    {
        var outcomes = Enumerable.Range(0, 60).Select(i => FuzzCase.RunAsync(Mutator.Case(i), encode: false).GetAwaiter().GetResult()).ToList();
        Assert.Contains(outcomes, o => o.Valid);
        Assert.Contains(outcomes, o => !o.Valid && o.Errors > 0);
    }
}
