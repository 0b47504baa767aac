using System.Diagnostics;
using System.Globalization;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// Shows a live progress line on stderr for a long step when stderr is a terminal, and nothing at all when it
/// is redirected (so logs and pipes get plain output). Not thread-safe: one step at a time.
/// </summary>
internal sealed class ProgressDisplay
{
    private static readonly string[] s_frames = ["|", "/", "-", "\\"];
    private readonly CliConsole _console;

    /// <summary>Initializes a new display.</summary>
    /// <param name="console">The console; the display is live only when <see cref="CliConsole.IsInteractive"/>.</param>
    public ProgressDisplay(CliConsole console) => _console = console;

    /// <summary>Runs <paramref name="step"/>, showing <paramref name="label"/> with a spinner and then the elapsed time.</summary>
    /// <typeparam name="T">The step's result type.</typeparam>
    /// <param name="label">What the step does, e.g. "Simulating 8 groups".</param>
    /// <param name="step">The work.</param>
    /// <returns>The step's result.</returns>
    public T Run<T>(string label, Func<T> step)
    {
        if (!_console.IsInteractive)
        {
            return step();
        }

        var gate = new object();
        var frame = 0;
        var finished = false;
        var watch = Stopwatch.StartNew();
        void Draw(object? state)
        {
            lock (gate)
            {
                // A tick already dispatched when the step ends must not write: the caller may close the writer as
                // soon as Run returns (Timer.Dispose does not wait for callbacks in flight).
                if (finished)
                {
                    return;
                }

                _console.Error.Write($"\r{s_frames[frame++ % s_frames.Length]} {label}...");
                _console.Error.Flush();
            }
        }

        using (var timer = new Timer(Draw, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(120)))
        {
            try
            {
                var result = step();
                lock (gate)
                {
                    finished = true;
                    timer.Change(Timeout.Infinite, Timeout.Infinite);
                    _console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\r  {label}: done in {watch.Elapsed.TotalSeconds:0.0} s"));
                }

                return result;
            }
            catch
            {
                lock (gate)
                {
                    finished = true;
                    timer.Change(Timeout.Infinite, Timeout.Infinite);
                    _console.Error.WriteLine($"\r  {label}: failed");
                }

                throw;
            }
        }
    }
}
