#include "shim.h"

/* The last termination signal received (SIGTERM, SIGHUP or SIGINT), or 0. Written only by the
   handler, read only through impuls_termination_signal. */
static volatile sig_atomic_t pending_signal = 0;

static void note_signal(int signal) { pending_signal = signal; }

void impuls_catch_termination_signals(void) {
    struct sigaction action = {0};
    action.sa_handler = note_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGINT, &action, NULL);
}

int impuls_termination_signal(void) { return pending_signal; }
