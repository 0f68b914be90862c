#include "app/shared/stopsignals.h"

#include <QSocketNotifier>

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace wirescope {

namespace {

// The self-pipe the handler writes the signal number to: the one piece of process-wide state
// a signal handler can reach.
int s_pipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(s_pipe[1], &byte, 1);
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{}

StopSignals::~StopSignals()
{
    if (!m_notifier)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    for (int &fd : s_pipe) {
        ::close(fd);
        fd = -1;
    }
}

bool StopSignals::install()
{
    if (m_notifier || s_pipe[0] >= 0 || ::pipe(s_pipe) != 0)
        return false;
    for (int fd : s_pipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(s_pipe[1], F_SETFL, O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0) {
        ::signal(SIGINT, SIG_DFL);
        for (int &fd : s_pipe) {
            ::close(fd);
            fd = -1;
        }
        return false;
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(s_pipe[0], &byte, 1) == 1)
            emit stopRequested(int(byte));
    });
    return true;
}

} // namespace wirescope
