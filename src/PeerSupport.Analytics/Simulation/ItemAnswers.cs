namespace PeerSupport.Analytics.Simulation;

/// <summary>Spreads a total over item answers so the answers stay in range and add up to the total exactly.</summary>
internal static class ItemAnswers
{
    /// <summary>
    /// Fills every answer except <paramref name="skip"/> with <paramref name="itemMin"/> and then adds the remaining
    /// points one at a time to items chosen at random that still have room.
    /// </summary>
    /// <param name="random">The random source.</param>
    /// <param name="total">The sum the filled answers must reach (the skipped answer excluded).</param>
    /// <param name="itemMin">The lowest answer.</param>
    /// <param name="itemMax">The highest answer.</param>
    /// <param name="answers">The answers to fill.</param>
    /// <param name="skip">The index of an answer already set and left alone, or −1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the total cannot be reached within the item range.</exception>
    public static void Distribute(SimulationRandom random, int total, int itemMin, int itemMax, Span<int> answers, int skip)
    {
        var free = answers.Length - (skip >= 0 ? 1 : 0);
        var extra = total - (free * itemMin);
        if (extra < 0 || extra > free * (itemMax - itemMin))
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"A total of {total} cannot be spread over {free} items of {itemMin}-{itemMax}.");
        }

        for (var i = 0; i < answers.Length; i++)
        {
            if (i != skip)
            {
                answers[i] = itemMin;
            }
        }

        while (extra > 0)
        {
            var i = random.NextInt(answers.Length);
            if (i != skip && answers[i] < itemMax)
            {
                answers[i]++;
                extra--;
            }
        }
    }
}
