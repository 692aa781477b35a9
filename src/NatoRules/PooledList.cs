using System.Buffers;

namespace NatoRules;

/// <summary>
/// A working list over an array rented from the shared pool, given back (cleared) on
/// <see cref="Dispose"/>: a large file's block of statements or list of positions would otherwise
/// leave an array on the large object heap at every doubling, and such arrays set off full collections.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items = [];

    public int Count { get; private set; }

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    public void EnsureCapacity(int capacity)
    {
        if (capacity <= _items.Length)
            return;
        var items = ArrayPool<T>.Shared.Rent(capacity);
        _items.AsSpan(0, Count).CopyTo(items);
        Give(_items);
        _items = items;
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
            EnsureCapacity(Math.Max(16, Count * 2));
        _items[Count++] = item;
    }

    public void Dispose()
    {
        Give(_items);
        _items = [];
        Count = 0;
    }

    private static void Give(T[] items)
    {
        if (items.Length > 0)
            ArrayPool<T>.Shared.Return(items, clearArray: true);
    }
}
