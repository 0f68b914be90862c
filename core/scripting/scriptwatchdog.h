#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace wirescope {

/// Interrupts a QJSEngine (QJSEngine::setInterrupted, which is thread-safe) when the code it
/// runs passes a deadline or makes the process grow by more than a memory budget. It runs
/// its own thread, so a `while (true) {}` on the engine's thread cannot keep it from acting.
///
/// Arming and disarming are cheap (a mutex, no system call in the common case): the runner
/// arms it several times per request. The watchdog thread polls every few milliseconds while
/// scripts run and for a second after, then sleeps until the next arm. It samples the
/// resident size itself, on its first poll of each armed stretch (the baseline) and on every
/// poll after that, so a script that ends within one poll interval costs no /proc read.
class ScriptWatchdog final
{
    Q_DISABLE_COPY_MOVE(ScriptWatchdog)

public:
    enum class Reason { None, Time, Memory };

    explicit ScriptWatchdog(QJSEngine *engine); // not owned; must outlive the watchdog
    ~ScriptWatchdog();

    /// Starts watching: interrupt after @p timeoutMs, or when the resident set grows by more
    /// than @p memoryBudgetBytes over what it was at the first poll (within one poll interval
    /// of this call).
    void arm(int timeoutMs, qint64 memoryBudgetBytes);
    /// Stops watching and returns why the engine was interrupted (None when it was not).
    Reason disarm();

    /// The process's resident set in bytes (/proc/self/statm), 0 when unknown.
    static qint64 residentBytes();

private:
    void watch();

    QJSEngine *m_engine; // not owned
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_armed = false;
    bool m_quit = false;
    bool m_sleeping = false; ///< the thread waits without a timeout: arm() must wake it
    quint64 m_generation = 0;
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::steady_clock::time_point m_lastDisarm;
    qint64 m_memoryBudget = 0; ///< growth that triggers an interrupt; 0 = no memory limit
    std::atomic<Reason> m_reason{Reason::None};
    std::thread m_thread;
};

} // namespace wirescope
