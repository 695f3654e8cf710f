// jemalloc (Debian: libjemalloc-dev) replaces the C library's malloc in the occulter binary.
#include <jemalloc/jemalloc.h>
