import ArgumentParser

/// Prints an error the library described and exits with a failure status.
func fail(_ error: any Error) -> ExitCode {
    Output.error(String(describing: error))
    return ExitCode.failure
}
