#pragma once

#include <QObject>

#include <optional>

namespace wirescope::cli {

/// A subcommand's work on the event loop (send, ws, sse, run): start() begins it and done()
/// ends it with the process exit code.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(QObject *parent = nullptr);
    ~CliCommand() override;

    /// Begins the work: an exit code to stop with at once, or nullopt when done() follows.
    virtual std::optional<int> start() = 0;

    /// start(), then the application's event loop until done(); returns the exit code.
    /// Needs a QCoreApplication.
    int exec();

signals:
    void done(int exitCode);
};

} // namespace wirescope::cli
