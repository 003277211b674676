#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Samples of one step, in seconds: the median, the fastest and the slowest.
struct Measurement: Sendable, Codable {
    let samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { samples.min() ?? 0 }
    var max: Double { samples.max() ?? 0 }
}

/// Wall-clock and CPU (user + system, every thread) seconds of the timed runs of one step. Wall-clock time is
/// what users feel; CPU time shows how many cores a step used and is steadier when the machine is busy.
struct Timing: Sendable, Codable {
    let wall: Measurement
    let cpu: Measurement

    /// Runs `sample` `warmups` times, discarding what it reports, then `runs` times.
    /// - Parameter sample: does the work once and reports its wall-clock and CPU seconds.
    static func of(runs: Int, warmups: Int = 1, _ sample: () throws -> (wall: Double, cpu: Double)) rethrows -> Timing {
        for _ in 0..<warmups { _ = try sample() }
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let times = try sample()
            wall.append(times.wall)
            cpu.append(times.cpu)
        }
        return Timing(wall: Measurement(samples: wall), cpu: Measurement(samples: cpu))
    }

    /// Times `body` in this process: `runs` runs after `warmups` untimed ones.
    static func inProcess(runs: Int, warmups: Int = 1, _ body: () throws -> Void) rethrows -> Timing {
        try of(runs: runs, warmups: warmups) { try sample(body) }
    }

    /// Times each of `bodies` in this process, taking turns (one run of each, then the next round), so that
    /// figures meant to be compared meet the same conditions on a machine whose load changes: `runs` rounds
    /// after one untimed round.
    static func interleaved(runs: Int, _ bodies: [() throws -> Void]) throws -> [Timing] {
        for body in bodies { try body() }
        var samples = [[(wall: Double, cpu: Double)]](repeating: [], count: bodies.count)
        for _ in 0..<runs {
            for (index, body) in bodies.enumerated() { samples[index].append(try sample(body)) }
        }
        return samples.map { Timing(wall: Measurement(samples: $0.map(\.wall)), cpu: Measurement(samples: $0.map(\.cpu))) }
    }

    /// The wall-clock and CPU seconds of one run of `body`.
    private static func sample(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let clock = ContinuousClock()
        let cpuBefore = processCPUSeconds()
        let wall = try clock.measure(body)
        return (wall.seconds, processCPUSeconds() - cpuBefore)
    }

    /// CPU seconds this process has used so far, all threads.
    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_utime.seconds + usage.ru_stime.seconds
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension timeval {
    /// The time in seconds.
    var seconds: Double {
        Double(tv_sec) + Double(tv_usec) / 1e6
    }
}
