/// What a key does, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, quit
    case help, filter, agenda, switchRegion, cycleSort
    case nextSection, previousSection
}

/// What the update function asks the run loop to do: effects are values, never performed here.
public enum Effect: Hashable, Sendable {
    case quit
}

/// Something that happened: a key, or a result the run loop feeds back.
public enum Event: Hashable, Sendable {
    case key(Key)
}
