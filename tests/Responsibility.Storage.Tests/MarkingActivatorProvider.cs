using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Responsibility.Storage.Tests;

/// <summary>Creates recognisable <see cref="SampleTaskState"/> instances, showing Orleans' activator is used.</summary>
public sealed class MarkingActivatorProvider : IActivatorProvider
{
    public const string Title = "made by activator";

    public IActivator<T> GetActivator<T>() => new MarkingActivator<T>();

    private sealed class MarkingActivator<T> : IActivator<T>
    {
        public T Create() => (T)(object)new SampleTaskState { Title = MarkingActivatorProvider.Title };
    }
}
