// zlib for the XLSX writer's streaming deflate (zlib1g-dev; the same library ZIPFoundation links).
#include <zlib.h>
