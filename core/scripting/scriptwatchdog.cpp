#include "core/scripting/scriptwatchdog.h"

#include <QJSEngine>

#include <cstdio>

#include <unistd.h>

namespace wirescope {

namespace {

/// How often the resident size is sampled while a script runs. An allocation loop in
/// QJSEngine grows by a few MB per millisecond at most on this kind of machine.
constexpr auto kPollInterval = std::chrono::milliseconds(5);

} // namespace

ScriptWatchdog::ScriptWatchdog(QJSEngine *engine) : m_engine(engine)
{
    m_thread = std::thread([this] { watch(); });
}

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ScriptWatchdog::arm(int timeoutMs, qint64 memoryBudgetBytes)
{
    const qint64 now = residentBytes();
    {
        std::lock_guard lock(m_mutex);
        m_armed = true;
        ++m_generation;
        m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        m_memoryLimit = (now > 0 && memoryBudgetBytes > 0) ? now + memoryBudgetBytes : 0;
        m_reason = Reason::None;
    }
    m_wake.notify_all();
}

ScriptWatchdog::Reason ScriptWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    ++m_generation;
    return m_reason.exchange(Reason::None);
}

qint64 ScriptWatchdog::residentBytes()
{
    // statm: size resident shared text lib data dt (in pages). fopen/fscanf keep this cheap
    // enough to call every few milliseconds.
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long size = 0;
    long resident = 0;
    const int n = std::fscanf(f, "%ld %ld", &size, &resident);
    std::fclose(f);
    if (n != 2)
        return 0;
    return qint64(resident) * qint64(sysconf(_SC_PAGESIZE));
}

void ScriptWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_armed) {
            m_wake.wait(lock);
            continue;
        }
        const quint64 generation = m_generation;
        const auto deadline = m_deadline;
        const qint64 memoryLimit = m_memoryLimit;
        m_wake.wait_for(lock, kPollInterval);
        if (m_quit || !m_armed || generation != m_generation)
            continue;
        Reason reason = Reason::None;
        if (std::chrono::steady_clock::now() >= deadline) {
            reason = Reason::Time;
        } else if (memoryLimit > 0) {
            lock.unlock();
            const qint64 resident = residentBytes();
            lock.lock();
            if (!m_armed || generation != m_generation)
                continue;
            if (resident > memoryLimit)
                reason = Reason::Memory;
        }
        if (reason != Reason::None) {
            m_reason = reason;
            m_armed = false; // once is enough; the engine's thread clears the flag
            m_engine->setInterrupted(true);
        }
    }
}

} // namespace wirescope
