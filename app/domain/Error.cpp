#include "domain/Error.h"

namespace reelpulse {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return 2;
    case ErrorKind::NotFound:
        return 3;
    case ErrorKind::Conflict:
        return 4;
    case ErrorKind::Storage:
    case ErrorKind::Network:
    case ErrorKind::Other:
        break;
    }
    return 1;
}

} // namespace reelpulse
