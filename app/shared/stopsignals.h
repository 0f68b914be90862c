#pragma once

#include <QObject>

class QSocketNotifier;

namespace wirescope {

/// SIGINT and SIGTERM as a Qt signal, so a program ends the way its Quit does (temporary
/// files removed, state saved) instead of dying where it stands. The handler only writes a
/// byte to a self-pipe (async-signal-safe); a QSocketNotifier turns it into stopRequested()
/// on the object's thread. Signal dispositions belong to the process: one StopSignals at a
/// time (a second install() fails); the destructor restores the default actions.
///
///     StopSignals stop;
///     if (stop.install())
///         connect(&stop, &StopSignals::stopRequested, &app, &QCoreApplication::quit);
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    /// False when the pipe or the handlers could not be set up, or another StopSignals is
    /// installed.
    bool install();

Q_SIGNALS:
    /// SIGINT or SIGTERM arrived (once per signal; the handlers stay installed).
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr; // child
};

} // namespace wirescope
