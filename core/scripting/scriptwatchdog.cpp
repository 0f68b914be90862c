#include "core/scripting/scriptwatchdog.h"

#include <QJSEngine>

#include <cstdio>

#include <unistd.h>

namespace wirescope {

namespace {

/// How often the resident size is sampled while a script runs. An allocation loop in
/// QJSEngine grows by a few MB per millisecond at most on this kind of machine.
constexpr auto kPollInterval = std::chrono::milliseconds(5);
/// How long the thread keeps polling after the last script ended, so back-to-back scripts
/// (a collection run) do not each pay for waking it.
constexpr auto kStayAwake = std::chrono::seconds(1);

} // namespace

ScriptWatchdog::ScriptWatchdog(QJSEngine *engine)
    : m_engine(engine)
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
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_armed = true;
        ++m_generation;
        m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        m_memoryBudget = memoryBudgetBytes > 0 ? memoryBudgetBytes : 0;
        m_reason = Reason::None;
        wake = m_sleeping;
    }
    if (wake)
        m_wake.notify_all();
}

ScriptWatchdog::Reason ScriptWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    ++m_generation;
    m_lastDisarm = std::chrono::steady_clock::now();
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
    quint64 baselineGeneration = 0; // the armed stretch the baseline below belongs to
    qint64 baseline = 0;
    while (!m_quit) {
        if (!m_armed && std::chrono::steady_clock::now() - m_lastDisarm > kStayAwake) {
            m_sleeping = true;
            m_wake.wait(lock);
            m_sleeping = false;
            continue;
        }
        m_wake.wait_for(lock, kPollInterval);
        if (m_quit || !m_armed)
            continue;
        const quint64 generation = m_generation;
        Reason reason = Reason::None;
        if (std::chrono::steady_clock::now() >= m_deadline) {
            reason = Reason::Time;
        } else if (m_memoryBudget > 0) {
            const qint64 budget = m_memoryBudget;
            lock.unlock();
            const qint64 resident = residentBytes();
            lock.lock();
            if (!m_armed || generation != m_generation || resident <= 0)
                continue;
            if (baselineGeneration != generation) {
                baselineGeneration = generation;
                baseline = resident;
            } else if (resident > baseline + budget) {
                reason = Reason::Memory;
            }
        }
        if (reason != Reason::None) {
            m_reason = reason;
            m_armed = false; // once is enough; the engine's thread clears the flag
            m_engine->setInterrupted(true);
        }
    }
}

} // namespace wirescope
