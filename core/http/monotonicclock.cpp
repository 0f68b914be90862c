#include "core/http/monotonicclock.h"

#include <chrono>

namespace wirescope {

qint64 monotonicNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace wirescope
