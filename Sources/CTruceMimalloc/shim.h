// mimalloc's options, which Truce's programs set as they start (`Memory`). Debian: libmimalloc-dev.
#include <mimalloc.h>
