namespace AnimPlatform.Core.Generation.Structures;

/// <summary>Stack: push, pop and peek (LIFO).</summary>
public sealed class StackGenerator : LinearStructureGenerator
{
    public override GeneratorInfo Info { get; } = new("stack", "Stack", "Data structures",
        ["stack", "stacks", "lifo", "call stack"],
        ["stack push 10 push 20 push 30 pop push 40 pop pop", "stack push 1 2 3 peek pop pop pop pop"],
        "operations such as 'push 10 push 20 pop peek' (numbers alone are pushed)");

    protected override bool IsStack => true;
    protected override string Subtitle => "Last in, first out";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "push adds a value on top",
        "pop removes the value on top",
        "peek looks at the top without removing it",
        "Here the stack lies on its side: the top is at the right",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Last in, first out: pop returns the newest value",
        "push, pop and peek touch only the top",
        "Used for undo, recursion and expression parsing",
    ];
}
