namespace AnimPlatform.Core.Generation.Structures;

/// <summary>Queue: enqueue, dequeue and peek (FIFO).</summary>
public sealed class QueueGenerator : LinearStructureGenerator
{
    public override GeneratorInfo Info { get; } = new("queue", "Queue", "Data structures",
        ["queue", "queues", "fifo"],
        ["queue enqueue 5 enqueue 8 enqueue 2 dequeue enqueue 7 dequeue", "queue 1 2 3 dequeue peek dequeue"],
        "operations such as 'enqueue 5 enqueue 8 dequeue peek' (numbers alone are enqueued)");

    protected override bool IsStack => false;
    protected override string Subtitle => "First in, first out";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "enqueue adds a value at the back",
        "dequeue removes the value at the front",
        "peek looks at the front without removing it",
        "Values leave in the order they arrived",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "First in, first out: dequeue returns the oldest value",
        "Add at the back, remove at the front",
        "Used for scheduling, buffering and breadth-first search",
    ];
}
